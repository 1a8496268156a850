// Telling of a comment on a plan: the people it mentions, those who wrote the thread before it,
// and those who watch the plan or the item or answer for the item. Each hears of it once, by the
// nearest reason (a mention before a reply before a watched item).
import type { Db } from '../db';
import type { AppUser } from '../authz/actor';
import type { CommentContext } from '../../plan/comment-context';
import { allowedTo, clusterPeople, idsOf, type Person } from './audience';
import { planAbout } from './about';
import { itemLink } from './links';
import { notify } from './notify';
import { watchersOf } from './watches';

/** The first words of a comment an entry shows. */
export const EXCERPT_LENGTH = 140;

function excerptOf(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}

/** Whether the item's owner field names `person` (by username or by full name). */
function owns(person: Person, owner: string): boolean {
	const named = owner.toLowerCase();
	return (
		named !== '' && (named === person.username.toLowerCase() || named === person.displayName.toLowerCase())
	);
}

/** After comment `commentId` is written (or edited) on plan `planId`. */
export async function tellComment(
	db: Db,
	author: AppUser,
	planId: string,
	commentId: string,
	context: CommentContext,
	mentions: readonly string[],
	text: string,
	now: number,
	/** An edit tells only whom it newly mentions. */
	edited = false
): Promise<void> {
	const about = await planAbout(db, planId);
	if (!about) return;
	const readers = allowedTo(await clusterPeople(db, about.clusterId), 'plan.view', about.clusterId);
	const byName = (names: readonly string[]) => {
		const wanted = new Set(names.map((name) => name.toLowerCase()));
		return readers.filter((person) => wanted.has(person.username.toLowerCase()));
	};
	const mentioned = byName(mentions);
	const told = new Set(idsOf(mentioned));
	const repliedTo = byName(context.threadAuthors).filter((person) => !told.has(person.id));
	for (const id of idsOf(repliedTo)) told.add(id);
	const watching = await watchersOf(db, readers, about.clusterId, planId, [context.anchorId]);
	const concerned = readers.filter(
		(person) => !told.has(person.id) && (watching.includes(person) || owns(person, context.owner))
	);
	const base = {
		actor: { id: author.id, name: author.displayName },
		clusterId: about.clusterId,
		planId,
		link: itemLink(about.clusterId, planId, context.collection, context.anchorId),
		detail: {
			cluster: about.cluster,
			plan: about.plan,
			item:
				context.collection && context.name ? { collection: context.collection, name: context.name } : null,
			excerpt: excerptOf(text)
		}
	};
	// One key per comment and person: a comment edited to add a mention does not tell twice.
	const key = `comment:${commentId}`;
	await notify(db, { ...base, kind: 'mention', key }, idsOf(mentioned), now);
	if (edited) return;
	await notify(db, { ...base, kind: 'reply', key }, idsOf(repliedTo), now);
	await notify(db, { ...base, kind: 'comment', key }, idsOf(concerned), now);
}
