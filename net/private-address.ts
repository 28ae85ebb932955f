/**
 * Addresses that point into the user's own machine or network. A homepage (or a redirect from
 * one) naming such an address would turn Byline into a tool for reaching a router's admin page
 * or a local development server with the browser's network position, so those are never read.
 * The check is on the URL as written (names and literals); the host name is not resolved here.
 */

/** Whether `hostname` (as `new URL(...).hostname` gives it) is loopback, link-local or private. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return true;
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  // mDNS and the names home routers and intranets hand out.
  if (/\.(?:local|internal|lan|home\.arpa)$/.test(host) || host === 'local') return true;
  if (host.startsWith('[')) return isPrivateIpv6(host.slice(1, -1));
  const v4 = parseIpv4(host);
  return v4 !== undefined && isPrivateIpv4(v4);
}

/** Dotted-quad IPv4 (the URL parser already turned `127.1` and `0x7f.0.0.1` into this form). */
function parseIpv4(host: string): number[] | undefined {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return undefined;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : undefined;
}

function isPrivateIpv4([a = 0, b = 0]: number[]): boolean {
  return (
    a === 0 || // 0.0.0.0/8, "this network"; 0.0.0.0 reaches the local machine
    a === 10 || // 10/8
    a === 127 || // loopback
    (a === 169 && b === 254) || // link-local
    (a === 172 && b >= 16 && b <= 31) || // 172.16/12
    (a === 192 && b === 168) || // 192.168/16
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT, 100.64/10
    a >= 224 // multicast and reserved
  );
}

/** The eight 16-bit groups of an IPv6 literal (without brackets), or undefined. */
function parseIpv6(text: string): number[] | undefined {
  let s = text.toLowerCase();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  // A trailing dotted IPv4 part (::ffff:127.0.0.1) becomes two groups.
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted) {
    const v4 = parseIpv4(dotted[2] ?? '');
    if (!v4) return undefined;
    s = `${dotted[1]}${((v4[0]! << 8) | v4[1]!).toString(16)}:${((v4[2]! << 8) | v4[3]!).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups = part.split(':');
    if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
    return groups.map((g) => Number.parseInt(g, 16));
  };
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const fill = 8 - head.length - tail.length;
  return fill < 1 ? undefined : [...head, ...Array<number>(fill).fill(0), ...tail];
}

function isPrivateIpv6(text: string): boolean {
  const g = parseIpv6(text);
  // Anything that does not parse is refused rather than guessed at.
  if (!g) return true;
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const firstFiveZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (firstFiveZero && g5 === 0 && g6 === 0 && (g7 === 0 || g7 === 1)) return true; // :: and ::1
  const embedded = [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff];
  if (firstFiveZero && (g5 === 0xffff || g5 === 0)) return isPrivateIpv4(embedded); // IPv4-mapped, -compatible
  if (g0 === 0x64 && g1 === 0xff9b) return isPrivateIpv4(embedded); // NAT64 well-known prefix
  if ((g0 & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return true; // site-local fec0::/10 (deprecated, still routed in places)
  if ((g0 & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((g0 & 0xff00) === 0xff00) return true; // multicast
  return false;
}
