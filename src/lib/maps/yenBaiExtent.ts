/**
 * The extent of the former Yên Bái province (until 30 June 2025) as its official portal gives it:
 * 21°24'40"–22°16'32" N, 103°56'26"–105°03'07" E. The portal gives no outline, so the maps draw
 * this box, never a boundary.
 */
import { boxCorners, decimalBox, type DmsBox } from './geoBox';

export const yenBaiExtent = {
  south: [21, 24, 40],
  north: [22, 16, 32],
  west: [103, 56, 26],
  east: [105, 3, 7],
  source: {
    title: 'Dư địa chí Yên Bái (Cổng thông tin điện tử tỉnh Yên Bái)',
    url: 'https://yenbai.gov.vn:443/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=6&l=DudiachiYenBai',
  },
} as const satisfies DmsBox & { source: { title: string; url: string } };

/** The box as [west, south], [east, north] in decimal degrees. */
export function extentBounds(): [[number, number], [number, number]] {
  const { west, south, east, north } = decimalBox(yenBaiExtent);
  return [
    [west, south],
    [east, north],
  ];
}

/** The box's corners, counter-clockwise from the south-west, as [longitude, latitude]. */
export function extentCorners(): [number, number][] {
  return boxCorners(decimalBox(yenBaiExtent));
}
