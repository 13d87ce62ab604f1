const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** A JWT shaped like the hub's (HS256 header, `uid`/`ns`/`iat`/`exp` claims); the signature is not checked here. */
export function fakeJwt(claims: { ns?: string; iat?: number; exp: number }, nonce = Math.random().toString(36).slice(2)): string {
  const payload = { uid: 1, ns: claims.ns ?? "default", iat: claims.iat ?? Math.floor(Date.now() / 1000), exp: claims.exp };
  return `${b64url({ alg: "HS256" })}.${b64url(payload)}.${Buffer.from(nonce).toString("base64url")}`;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);
