// Hands one mail to the SMTP server at SMTP_URL (nodemailer), with the headers that let a mail
// program offer "unsubscribe" and do it in one click (RFC 2369, RFC 8058).
import nodemailer from 'nodemailer';
import type { ComposedMail } from './mail-compose';

export type MailSender = {
	send(mail: ComposedMail, unsubscribe: { page: string; oneClick: string } | null): Promise<void>;
	close(): void;
};

/** A sender through `smtpUrl` (smtp://host:port, smtps://user:pass@host:465, …) from `from`. */
export function smtpSender(smtpUrl: string, from: string): MailSender {
	const transport = nodemailer.createTransport(smtpUrl, {
		from,
		// A server that does not answer is a failed attempt, retried later; not a round that hangs.
		connectionTimeout: 20_000,
		greetingTimeout: 20_000,
		socketTimeout: 60_000
	} as nodemailer.TransportOptions);
	return {
		async send(mail, unsubscribe) {
			await transport.sendMail({
				from,
				to: mail.to,
				subject: mail.subject,
				text: mail.text,
				html: mail.html,
				headers: unsubscribe
					? {
							'List-Unsubscribe': `<${unsubscribe.oneClick}>`,
							'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
						}
					: {}
			});
		},
		close: () => transport.close()
	};
}
