/**
 * The signed-in token, kept for this browser tab only (sessionStorage): it survives a reload, is
 * gone when the tab closes and is never shared with other tabs, so two tabs can be two users.
 */
const KEY = 'poll-widget.token';

export function loadToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null; // storage disabled (privacy mode): sign in again on reload
  }
}

export function saveToken(token: string | null): void {
  try {
    if (token === null) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, token);
  } catch {
    // memory only
  }
}
