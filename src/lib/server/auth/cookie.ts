// Session and language cookies, set the same way by login, logout and the language switch.
import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from './session';

export const LOCALE_COOKIE = 'PARAGLIDE_LOCALE';

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date, secure: boolean): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** Readable by the page's script: paraglide on the client reads the locale from it. */
export function setLocaleCookie(cookies: Cookies, locale: string, secure: boolean): void {
	cookies.set(LOCALE_COOKIE, locale, {
		path: '/',
		httpOnly: false,
		sameSite: 'lax',
		secure,
		maxAge: 400 * 24 * 60 * 60
	});
}
