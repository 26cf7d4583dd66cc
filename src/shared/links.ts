/**
 * Feed text is untrusted: a link is only rendered when its scheme is http(s),
 * mailto or tel. Anything else (javascript:, data:…) is shown as plain text.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  return /^(https?:\/\/|mailto:|tel:)/i.test(trimmed) ? trimmed : undefined;
}

/** A web page (an action's own `url` in the feed): http(s) only, checked again here although the feed was validated. */
export function webHref(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  return trimmed && /^https?:\/\/[^\s]/i.test(trimmed) ? trimmed : undefined;
}

export function mailtoHref(email: string | undefined): string | undefined {
  const address = email?.trim();
  return address && /^[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/.test(address) ? `mailto:${address}` : undefined;
}

export function telHref(phone: string | undefined): string | undefined {
  const digits = phone?.replace(/[\s.\-()]/g, '');
  return digits && /^\+?\d{6,15}$/.test(digits) ? `tel:${digits}` : undefined;
}

/**
 * A site's own page for an action, from a template the webmaster writes (`/nos-actions/{id}/`):
 * `{id}` becomes the action's id, URL-encoded. Only a path on the site or an http(s) URL is kept.
 */
export function pageHref(template: string | undefined, id: string, base: string): string | undefined {
  if (!template?.trim()) return undefined;
  const filled = template.trim().replaceAll('{id}', encodeURIComponent(id));
  try {
    const url = new URL(filled, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? filled : undefined;
  } catch {
    return undefined;
  }
}
