/**
 * Feed text is untrusted: a link is only rendered when its scheme is http(s),
 * mailto or tel. Anything else (javascript:, data:…) is shown as plain text.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  return /^(https?:\/\/|mailto:|tel:)/i.test(trimmed) ? trimmed : undefined;
}

export function mailtoHref(email: string | undefined): string | undefined {
  const address = email?.trim();
  return address && /^[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/.test(address) ? `mailto:${address}` : undefined;
}

export function telHref(phone: string | undefined): string | undefined {
  const digits = phone?.replace(/[\s.\-()]/g, '');
  return digits && /^\+?\d{6,15}$/.test(digits) ? `tel:${digits}` : undefined;
}
