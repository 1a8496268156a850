// `@username` mentions in comment text. The server decides which words are mentions (usernames of the
// plan's cluster members) with `mentionsIn`; the browser highlights exactly those with `mentionParts`.
// Imports nothing, so the collaboration server can share it.

// A mention starts a word: the @ of an e-mail address (name@example.kz) is not one.
const MENTION = /(?<![\p{L}\p{N}_.@-])@([A-Za-z0-9][A-Za-z0-9._-]*)/gu;
// Sentence punctuation may follow a name ("thanks, @marat."), and usernames may not end in it anyway.
const TRAILING = /[._-]+$/;

type Found = { start: number; end: number; username: string };

/** Each `@word` of `text` that names one of `usernames` (compared in lower case), in order. */
function findMentions(text: string, usernames: Iterable<string>): Found[] {
	const known = new Set([...usernames].map((u) => u.toLowerCase()));
	const found: Found[] = [];
	for (const match of text.matchAll(MENTION)) {
		let name = match[1]!.toLowerCase();
		if (!known.has(name)) name = name.replace(TRAILING, '');
		if (!known.has(name)) continue;
		const start = match.index!;
		found.push({ start, end: start + 1 + name.length, username: name });
	}
	return found;
}

/** The usernames among `members` that `text` mentions, each once, in order of first mention. */
export function mentionsIn(text: string, members: Iterable<string>): string[] {
	return [...new Set(findMentions(text, members).map((f) => f.username))];
}

/** A run of comment text; `mention` is set on the `@name` runs. */
export type TextPart = { text: string; mention?: string };

/** Splits `text` into plain runs and the mentions of `usernames`, for highlighting. */
export function mentionParts(text: string, usernames: readonly string[]): TextPart[] {
	const parts: TextPart[] = [];
	let at = 0;
	for (const { start, end, username } of findMentions(text, usernames)) {
		if (start > at) parts.push({ text: text.slice(at, start) });
		parts.push({ text: text.slice(start, end), mention: username });
		at = end;
	}
	if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
	return parts;
}
