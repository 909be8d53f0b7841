// The few host APIs shared/ uses that are not part of the ECMAScript library it compiles
// against: the Encoding API (TextDecoder, TextEncoder), the WHATWG URL parser and Web
// Crypto's random numbers. Every
// host the code runs on has them (browsers, workers, Node, Electron); this is the one
// place that reaches them, typed to the slice the code reads. Lint bans `globalThis`
// everywhere else in shared/, so a new platform dependency has to be declared here.

export type TextDecoderLike = { decode(input: Uint8Array): string };
export type TextEncoderLike = { encode(text: string): Uint8Array };

/** The slice of the WHATWG URL the code reads. */
export type ParsedUrl = { protocol: string; username: string; password: string; hostname: string; href: string; host: string };

type HostGlobals = {
  TextDecoder: new (label?: string, options?: { fatal?: boolean }) => TextDecoderLike;
  TextEncoder: new () => TextEncoderLike;
  URL: new (input: string) => ParsedUrl;
  crypto: { getRandomValues<T extends Uint8Array>(array: T): T };
};

const host = globalThis as unknown as HostGlobals;

/** A decoder for `label` ('utf-8', 'gb18030', …); `fatal` throws on bytes invalid in it. */
export function textDecoder(label = 'utf-8', fatal = false): TextDecoderLike {
  return new host.TextDecoder(label, { fatal });
}

export function textEncoder(): TextEncoderLike {
  return new host.TextEncoder();
}

/** Parses `input` as a browser would (throws a TypeError when it is no URL). */
export function parseUrl(input: string): ParsedUrl {
  return new host.URL(input);
}

/** `length` cryptographically random bytes (Web Crypto: browsers, workers, Node ≥ 19). */
export function randomBytes(length: number): Uint8Array {
  return host.crypto.getRandomValues(new Uint8Array(length));
}
