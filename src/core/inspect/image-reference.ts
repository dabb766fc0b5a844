/** The repository of an image reference, without tag or digest: what docs name (`ghcr.io/acme/api`). */
export function imageRepository(reference: string): string {
  const withoutDigest = reference.split('@')[0] ?? reference;
  const colon = withoutDigest.lastIndexOf(':');
  return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, colon) : withoutDigest;
}
