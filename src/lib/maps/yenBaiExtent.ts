/**
 * The extent of the former Yên Bái province (until 30 June 2025) as its official portal gives it:
 * 21°24'40"–22°16'32" N, 103°56'26"–105°03'07" E. The portal gives no outline, so the maps draw
 * this box, never a boundary.
 */
export type Dms = readonly [degrees: number, minutes: number, seconds: number];

export const yenBaiExtent = {
  south: [21, 24, 40],
  north: [22, 16, 32],
  west: [103, 56, 26],
  east: [105, 3, 7],
  source: {
    title: 'Dư địa chí Yên Bái (Cổng thông tin điện tử tỉnh Yên Bái)',
    url: 'https://yenbai.gov.vn:443/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=6&l=DudiachiYenBai',
  },
} as const satisfies { south: Dms; north: Dms; west: Dms; east: Dms; source: { title: string; url: string } };

/** @example toDecimal([21, 24, 40]) // 21.41111… */
export function toDecimal([degrees, minutes, seconds]: Dms): number {
  return degrees + minutes / 60 + seconds / 3600;
}

/** @example formatDms([105, 3, 7]) // '105°03′07″' */
export function formatDms([degrees, minutes, seconds]: Dms): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${degrees}°${two(minutes)}′${two(seconds)}″`;
}

/** The box as [west, south], [east, north] in decimal degrees. */
export function extentBounds(): [[number, number], [number, number]] {
  return [
    [toDecimal(yenBaiExtent.west), toDecimal(yenBaiExtent.south)],
    [toDecimal(yenBaiExtent.east), toDecimal(yenBaiExtent.north)],
  ];
}

/** The box's corners, counter-clockwise from the south-west, as [longitude, latitude]. */
export function extentCorners(): [number, number][] {
  const [[west, south], [east, north]] = extentBounds();
  return [[west, south], [east, south], [east, north], [west, north]];
}
