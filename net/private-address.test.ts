import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPrivateHost } from './private-address';

/** The host name as the URL parser gives it, the only form the check is ever asked about. */
const host = (url: string) => new URL(url).hostname;

describe('isPrivateHost', () => {
  it.each([
    'http://localhost/',
    'http://LOCALHOST./',
    'http://admin.localhost/',
    'http://printer.local/',
    'http://127.0.0.1/',
    'http://127.1/',
    'http://0x7f.0.0.1/',
    'http://2130706433/',
    'http://0.0.0.0/',
    'http://10.1.2.3/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.0.1/',
    'http://169.254.169.254/',
    'http://[::1]/',
    'http://[::]/',
    'http://[0:0:0:0:0:0:0:1]/',
    'http://[fe80::1]/',
    'http://[febf::1]/',
    'http://[fc00::1]/',
    'http://[fd12:3456::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[::ffff:192.168.1.1]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://[64:ff9b::10.0.0.1]/',
  ])('refuses %s', (url) => {
    expect(isPrivateHost(host(url))).toBe(true);
  });

  it.each([
    'https://ada.github.io/',
    'https://www.cs.example.edu/',
    'http://8.8.8.8/',
    'http://172.32.0.1/',
    'http://192.169.0.1/',
    'http://[2001:db8::1]/',
    'http://[::ffff:8.8.8.8]/',
    'http://localhost.example.com/',
  ])('allows %s', (url) => {
    expect(isPrivateHost(host(url))).toBe(false);
  });

  it('refuses every IPv4 address in the private, loopback and link-local ranges, however it is written', () => {
    const privateV4 = fc.oneof(
      fc.tuple(fc.constant(10), fc.nat(255), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(127), fc.nat(255), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(192), fc.constant(168), fc.nat(255), fc.nat(255)),
      fc.tuple(fc.constant(169), fc.constant(254), fc.nat(255), fc.nat(255)),
    );
    fc.assert(
      fc.property(privateV4, fc.constantFrom('dotted', 'decimal', 'hex', 'mapped'), (bytes, form) => {
        const n = bytes.reduce((acc, b) => acc * 256 + b, 0);
        const written =
          form === 'dotted'
            ? bytes.join('.')
            : form === 'decimal'
              ? String(n)
              : form === 'hex'
                ? `0x${n.toString(16)}`
                : `[::ffff:${bytes.join('.')}]`;
        expect(isPrivateHost(host(`http://${written}/`))).toBe(true);
      }),
    );
  });
});
