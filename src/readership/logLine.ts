/**
 * One line of the portal's access log (deploy/nginx/log-format.conf: the "combined" format with
 * the reader's address already shortened to its network), read into fields.
 */
export interface LogRecord {
  /** The reader's network as nginx wrote it (`203.0.113.0`, `2001:db8:abcd::`). */
  network: string;
  time: Date;
  method: string;
  /** The path, decoded, without the query. */
  path: string;
  query: URLSearchParams;
  status: number;
  bytes: number;
  /** The referring page, or '' when the browser sent none. */
  referrer: string;
  userAgent: string;
}

const LINE = /^(\S+) \S+ \S+ \[([^\]]+)\] "([^"\\]*(?:\\.[^"\\]*)*)" (\d{3}) (\d+|-) "([^"\\]*(?:\\.[^"\\]*)*)" "([^"\\]*(?:\\.[^"\\]*)*)"/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** nginx's `$time_local`: `07/Dec/2026:03:04:05 +0700`. */
function parseTime(text: string): Date | undefined {
  const m = /^(\d{2})\/(\w{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!);
  if (month < 0) return undefined;
  const offset = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  return new Date(Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6])) - offset * 60_000);
}

/** nginx escapes `"` and bytes outside ASCII as `\xHH` in logged strings. */
const unescapeLogged = (text: string) =>
  text.replace(/\\x([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\(.)/g, '$1');

/**
 * Reads one log line; `undefined` for a line that is not in the format (a truncated line, another
 * format), which the report counts instead of guessing.
 * @example parseLogLine('203.0.113.0 - - [07/Dec/2026:03:04:05 +0700] "GET /fr/ HTTP/1.1" 200 512 "-" "Firefox"')?.path // '/fr/'
 */
export function parseLogLine(line: string): LogRecord | undefined {
  const m = LINE.exec(line);
  if (!m) return undefined;
  const time = parseTime(m[2]!);
  const [method = '', target = ''] = unescapeLogged(m[3]!).split(' ');
  if (!time || !target.startsWith('/')) return undefined;
  let url: URL;
  try {
    url = new URL(target, 'http://portal.invalid');
  } catch {
    return undefined;
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  const referrer = unescapeLogged(m[6]!);
  return {
    network: m[1]!,
    time,
    method,
    path,
    query: url.searchParams,
    status: Number(m[4]),
    bytes: m[5] === '-' ? 0 : Number(m[5]),
    referrer: referrer === '-' ? '' : referrer,
    userAgent: unescapeLogged(m[7]!),
  };
}
