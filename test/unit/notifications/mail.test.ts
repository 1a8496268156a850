// The pure parts of mail: when the digest day starts, the pauses between attempts, how a digest
// groups its entries, what a mail says, and which settings are refused where.
import { describe, expect, it } from 'vitest';
import { digestDayStart } from '../../../src/lib/server/notifications/mail-round';
import { backoffMs } from '../../../src/lib/server/notifications/outbox';
import { digestGroups, type MailEntry } from '../../../src/lib/server/notifications/digest';
import { composeDigest, composeInstant } from '../../../src/lib/server/notifications/mail-compose';
import { settingsFromBody } from '../../../src/lib/server/notifications/settings';
import { editedLines, noticeText } from '../../../src/lib/notifications/words';
import { isRefusal } from '../../../src/lib/refusal';

const at = (iso: string) => Date.parse(iso);
const name = (en: string, ru = en, kk = en) => ({ en, ru, kk });
const FLOUR = { cluster: name('Flour', 'Мука', 'Ұн'), plan: name('Flour plan', 'План муки', 'Ұн жоспары') };
const MILK = {
	cluster: name('Milk', 'Молоко', 'Сүт'),
	plan: name('Milk plan', 'План молока', 'Сүт жоспары')
};

function entry(id: number, when: string, over: Partial<MailEntry> = {}): MailEntry {
	return {
		id,
		kind: 'comment',
		clusterId: 'flour',
		planId: 'flour',
		actorName: 'Juan',
		link: `/c/flour/p/flour/strategy?comment=c${id}`,
		detail: FLOUR,
		count: 1,
		at: new Date(when),
		...over
	};
}

describe('the digest day', () => {
	it('starts at 08:00 in Almaty (03:00 UTC)', () => {
		expect(digestDayStart(at('2020-02-01T08:00:00Z'))).toBe(at('2020-02-01T03:00:00Z'));
		expect(digestDayStart(at('2020-02-02T02:59:59Z'))).toBe(at('2020-02-01T03:00:00Z'));
		expect(digestDayStart(at('2020-02-02T03:00:00Z'))).toBe(at('2020-02-02T03:00:00Z'));
		expect(digestDayStart(at('2020-02-01T22:00:00Z'))).toBe(at('2020-02-01T03:00:00Z'));
	});
});

describe('the pauses between attempts', () => {
	it('grow 1, 5, 30 minutes, 2 hours, then every 6 hours', () => {
		expect([1, 2, 3, 4, 5, 6, 20].map((n) => backoffMs(n) / 60_000)).toEqual([1, 5, 30, 120, 360, 360, 360]);
	});
});

describe('a digest', () => {
	const edits = [{ collection: 'projects', count: 7, names: [name('Mill'), name('Silo')] }];
	const entries = [
		entry(3, '2020-02-01T10:00:00Z', { clusterId: 'milk', planId: 'milk', detail: MILK }),
		entry(1, '2020-02-01T09:00:00Z'),
		entry(2, '2020-02-01T11:00:00Z', { kind: 'plan_edited', count: 50, detail: { ...FLOUR, edits } })
	];

	it('groups entries by cluster and plan, in the order the groups first happened, each entry one line', () => {
		const groups = digestGroups(entries, 'en');
		expect(groups.map((group) => group.title)).toEqual(['Flour — Flour plan', 'Milk — Milk plan']);
		expect(groups[0]!.entries.map((line) => line.link)).toEqual([entries[1]!.link, entries[2]!.link]);
		const burst = groups[0]!.entries[1]!;
		expect(burst.text).toBe(noticeText({ ...entries[2]!, count: 50 }, 'en'));
		expect(burst.lines).toEqual(editedLines(edits, 'en'));
		expect(groups[0]!.entries[0]!.lines).toEqual([]);
	});

	it('says "digest" and the count in the subject, in the reader’s language, with every link absolute', () => {
		const mail = composeDigest(
			entries,
			{ to: 'a@b.kz', lang: 'ru', unsubscribeToken: 'secret' },
			'https://cp.kz/'
		);
		expect(mail.subject).toContain('дайджест');
		expect(mail.subject).toContain('3');
		expect(mail.text).toContain('Мука — План муки');
		expect(mail.text).toContain(`https://cp.kz${entries[2]!.link}`);
		expect(mail.text).toContain('https://cp.kz/unsubscribe/secret');
		for (const line of editedLines(edits, 'ru')) expect(mail.text).toContain(line);
	});
});

describe('a mail of one entry', () => {
	it('has the sentence as its subject, and the link and the unsubscribe link in its body; HTML is escaped', () => {
		const one = entry(1, '2020-02-01T09:00:00Z', { actorName: 'A <b>bold</b> one' });
		const mail = composeInstant(one, { to: 'a@b.kz', lang: 'kk', unsubscribeToken: 'tok' }, 'https://cp.kz');
		expect(mail.subject).toBe(noticeText(one, 'kk'));
		expect(mail.text).toContain(`https://cp.kz${one.link}`);
		expect(mail.text).toContain('https://cp.kz/unsubscribe/tok');
		expect(mail.text).toContain('https://cp.kz/me/notifications');
		expect(mail.html).not.toContain('<b>bold</b>');
		expect(mail.html).toContain('&#60;b&#62;bold');
		expect(mail.html).toContain('lang="kk"');
	});
});

describe('the settings a person sends', () => {
	const fieldOf = (body: Record<string, unknown>) => {
		try {
			settingsFromBody(body);
			return null;
		} catch (error) {
			if (!isRefusal(error)) throw error;
			return `${error.code}@${error.field}`;
		}
	};

	it('takes an address, a mode and topics; refuses each wrong value at its field', () => {
		expect(settingsFromBody({ email: ' a@b.kz ', mail: 'daily', muted: ['edits', 'edits'] })).toEqual({
			email: 'a@b.kz',
			mail: 'daily',
			muted: ['edits']
		});
		expect(settingsFromBody({ email: '', mail: 'off' })).toEqual({ email: '', mail: 'off', muted: [] });
		expect(fieldOf({ email: 'nobody', mail: 'off', muted: [] })).toBe('invalid_email@email');
		expect(fieldOf({ email: 42, mail: 'off', muted: [] })).toBe('invalid_email@email');
		expect(fieldOf({ email: 'a@b.kz', mail: 'hourly', muted: [] })).toBe('invalid_value@mail');
		expect(fieldOf({ email: 'a@b.kz', mail: 'off', muted: ['news'] })).toBe('invalid_value@muted');
		expect(fieldOf({ email: '', mail: 'daily', muted: [] })).toBe('email_required@email');
	});
});
