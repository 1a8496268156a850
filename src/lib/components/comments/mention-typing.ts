// Suggesting cluster members while someone types `@na…` in a comment, and putting the chosen
// username in place of what was typed.

/** A member of the plan's cluster, as the plan's layout loads them. */
export type Member = { username: string; name: string };

/** The `@…` being typed just before `caret`: where its @ is and what follows it. Null when none. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
	const match = /(?<![\p{L}\p{N}_.@-])@([A-Za-z0-9._-]*)$/u.exec(text.slice(0, caret));
	return match ? { start: match.index, query: match[1]!.toLowerCase() } : null;
}

/**
 * Members whose username, or a word of whose name, starts with `query`; usernames that match come
 * first, then names, each alphabetically. At most `limit`.
 */
export function suggestMembers(members: readonly Member[], query: string, limit = 8): Member[] {
	const q = query.toLocaleLowerCase();
	const byUsername: Member[] = [];
	const byName: Member[] = [];
	for (const member of members) {
		if (member.username.startsWith(q)) byUsername.push(member);
		else if (
			member.name
				.toLocaleLowerCase()
				.split(/\s+/)
				.some((word) => word.startsWith(q))
		)
			byName.push(member);
	}
	const alphabetical = (a: Member, b: Member) => a.name.localeCompare(b.name);
	return [...byUsername.sort(alphabetical), ...byName.sort(alphabetical)].slice(0, limit);
}

/** `text` with the `@…` from `start` to `caret` replaced by `@username `, and the caret after it. */
export function insertMention(
	text: string,
	start: number,
	caret: number,
	username: string
): { text: string; caret: number } {
	const after = text.slice(caret);
	const inserted = `@${username}${/^\s/.test(after) ? '' : ' '}`;
	return { text: text.slice(0, start) + inserted + after, caret: start + inserted.length };
}
