// What the versions pages' form actions answered (`page.form` or an enhanced submit's result), read
// safely: each form shows only the answers meant for it, with what was typed kept after a refusal.

export type VersionAnswer = {
	form?: string;
	/** The version the answer is about. */
	version?: number;
	/** For comments: the diff item, '' for the version as a whole. */
	item?: string;
	code?: string;
	/** The field a refusal is about: 'label', 'note', 'comment', 'text'. */
	field?: string;
	values?: Record<string, string>;
	status?: string;
	saved?: number;
};

/** The answer of `form` (about `version` and `item` when given), or null. */
export function answerFor(
	result: unknown,
	form: string,
	about: { version?: number; item?: string } = {}
): VersionAnswer | null {
	if (typeof result !== 'object' || result === null) return null;
	const answer = result as VersionAnswer;
	if (answer.form !== form) return null;
	if (about.version !== undefined && answer.version !== about.version) return null;
	if (about.item !== undefined && (answer.item ?? '') !== about.item) return null;
	return answer;
}
