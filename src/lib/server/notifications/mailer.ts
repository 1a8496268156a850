// The mailer: one per app process, started by the hooks' `init` when SMTP_URL is set. A round
// writes what is due into the outbox (mail-round.ts) and sends what the outbox holds (outbox.ts);
// rounds run when notify() wakes it (mail-wake.ts) and every minute, one at a time. No request ever
// waits for it: a slow or absent SMTP server only delays mail, and failures are retried.
import type { Db } from '../db';
import { serverNow } from '../clock';
import { onWake } from './mail-wake';
import { composeDueMail } from './mail-round';
import { absolute, oneClickPath, unsubscribePath } from './mail-compose';
import { smtpSender, type MailSender } from './mail-send';
import { claimMail, dueMail, markFailed, markSent } from './outbox';
import { eq } from 'drizzle-orm';

export const DEFAULT_FROM = 'Clusterplan <no-reply@clusterplan.kz>';
const ROUND_EVERY_MS = 60_000;

export type MailerConfig = { smtpUrl: string; from: string; origin: string };

/** The mailer's settings from the environment, or null when there is no SMTP_URL (no mail). */
export function mailerConfig(env: NodeJS.ProcessEnv = process.env): MailerConfig | null {
	const smtpUrl = env.SMTP_URL?.trim();
	if (!smtpUrl) return null;
	// Links in mail must be absolute: the public address people open the app at.
	const origin = (env.PUBLIC_ORIGIN || env.ORIGIN || `http://localhost:${env.PORT || 3000}`).trim();
	return { smtpUrl, from: env.MAIL_FROM?.trim() || DEFAULT_FROM, origin };
}

export type Mailer = {
	/** Runs a round now (or right after the running one); resolves when it is done. */
	round(): Promise<void>;
	stop(): void;
};

/** Sends what is due in the outbox, each row once it is claimed. */
async function sendDue(db: Db, sender: MailSender, origin: string): Promise<void> {
	const { notificationSettings } = db.tables;
	for (const row of await dueMail(db, serverNow())) {
		if (!(await claimMail(db, row.id, serverNow()))) continue;
		const [settings] = row.userId
			? await db
					.select({ token: notificationSettings.unsubscribeToken })
					.from(notificationSettings)
					.where(eq(notificationSettings.userId, row.userId))
			: [];
		const unsubscribe = settings
			? {
					page: absolute(origin, unsubscribePath(settings.token)),
					oneClick: absolute(origin, oneClickPath(settings.token))
				}
			: null;
		try {
			await sender.send(row, unsubscribe);
			await markSent(db, row.id, serverNow());
		} catch (error) {
			const said = error instanceof Error ? error.message : String(error);
			console.warn(`Clusterplan: mail ${row.id} to ${row.to} not sent: ${said}`);
			await markFailed(db, row, said, serverNow());
		}
	}
}

/** Starts the mailer on `db`: wakes on notify(), and looks every minute. */
export function startMailer(
	db: Db,
	config: MailerConfig,
	sender: MailSender = smtpSender(config.smtpUrl, config.from)
): Mailer {
	let running: Promise<void> | null = null;
	let again = false;
	const once = async () => {
		try {
			await composeDueMail(db, config.origin, serverNow());
			await sendDue(db, sender, config.origin);
		} catch (error) {
			console.error('Clusterplan: a mail round failed', error);
		}
	};
	const round = (): Promise<void> => {
		if (running) {
			again = true;
			return running;
		}
		running = (async () => {
			do {
				again = false;
				await once();
			} while (again);
			running = null;
		})();
		return running;
	};
	const timer = setInterval(() => void round(), ROUND_EVERY_MS);
	timer.unref();
	onWake(() => void round());
	void round();
	return {
		round,
		stop() {
			clearInterval(timer);
			onWake(null);
			sender.close();
		}
	};
}
