/** Degrees, minutes and seconds, as the sources give coordinates. */
export type Dms = readonly [degrees: number, minutes: number, seconds: number];

/** A box between two parallels and two meridians, in degrees, minutes and seconds. */
export interface DmsBox {
  south: Dms;
  north: Dms;
  west: Dms;
  east: Dms;
}

/** A box in decimal degrees. */
export interface DecimalBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** @example toDecimal([21, 24, 40]) // 21.41111… */
export function toDecimal([degrees, minutes, seconds]: Dms): number {
  return degrees + minutes / 60 + seconds / 3600;
}

/** @example formatDms([105, 3, 7]) // '105°03′07″' */
export function formatDms([degrees, minutes, seconds]: Dms): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${degrees}°${two(minutes)}′${two(seconds)}″`;
}

/** A box's limits in decimal degrees. */
export function decimalBox({ west, south, east, north }: DmsBox): DecimalBox {
  return { west: toDecimal(west), south: toDecimal(south), east: toDecimal(east), north: toDecimal(north) };
}

/** Corners of a box as [longitude, latitude], counter-clockwise from the south-west. */
export function boxCorners({ west, south, east, north }: DecimalBox): [number, number][] {
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
  ];
}
