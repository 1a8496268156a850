import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { appStorage, getDb } from '$lib/server/db';
import { announceSeed, seedDemo } from '$lib/server/demo/seed';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/auth/cookie';
import { loadActor } from '$lib/server/authz/actor';
import { mailerConfig, startMailer } from '$lib/server/notifications/mailer';

export const init: ServerInit = async () => {
	// Stored plans are migrated by the collab server as it starts (server/collab/index.ts): it holds
	// the live rooms, and keeps closed any plan it cannot read. The storage first: getDb() is valid
	// once it is open.
	const { db } = await appStorage();
	announceSeed(await seedDemo(db));
	// Mail goes out only with an SMTP server to send it through; without one, entries stay in the app.
	const mail = mailerConfig();
	if (mail) {
		startMailer(db, mail);
		console.log(`Clusterplan: mail through ${new URL(mail.smtpUrl).host}, links to ${mail.origin}`);
	}
};

/** Fills locals.user from the session cookie; nothing else. */
const handleSession: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (!token) return resolve(event);
	const secure = event.url.protocol === 'https:';
	const db = getDb();
	const result = await validateSessionToken(db, token);
	if (!result) {
		deleteSessionCookie(event.cookies, secure);
		return resolve(event);
	}
	if (result.session.renewed) setSessionCookie(event.cookies, token, result.session.expiresAt, secure);
	event.locals.session = result.session;
	event.locals.user = await loadActor(db, result.user);
	return resolve(event);
};

const handleLocale: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

/** Headers the CSP (kit.csp in svelte.config.js) does not cover. */
const handleHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Content-Type-Options', 'nosniff');
	return response;
};

export const handle = sequence(handleHeaders, handleSession, handleLocale);
