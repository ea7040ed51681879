/**
 * /.well-known/security.txt (RFC 9116): where to report a security problem of the portal. The
 * contact is the official website of the Lào Cai Provincial People's Committee, which publishes
 * the portal since the 2025 merger (content/data/contacts.yaml lists it with its sources); the
 * file expires six months after the build, so a portal left unbuilt does not advertise it for ever.
 */
import type { APIRoute } from 'astro';

const SIX_MONTHS_MS = 182 * 24 * 60 * 60 * 1000;

export const GET: APIRoute = ({ site }) => {
  const expires = new Date(Date.now() + SIX_MONTHS_MS);
  expires.setUTCHours(0, 0, 0, 0);
  const lines = [
    '# Yên Bái foreign-information portal, published by the Lào Cai Provincial People’s Committee.',
    '# To report a security problem in this website, write to the provincial administration through',
    '# its official website, in Vietnamese or English. Please do not test against readers’ data:',
    '# the portal keeps none (no accounts, no cookies).',
    'Contact: https://laocai.gov.vn',
    `Expires: ${expires.toISOString()}`,
    'Preferred-Languages: vi, en',
    `Canonical: ${new URL('/.well-known/security.txt', site).href}`,
  ];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
