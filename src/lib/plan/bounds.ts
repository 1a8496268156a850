// How much a plan may hold. The numbers sit far above what a cluster's real plan needs (the largest
// demo plan has 60 objectives and 500 projects) and far below what would hurt the server or a
// reader's browser: a 9 MB title or 70,000 map nodes in one update is refused, not stored.

export const PLAN_BOUNDS = {
	/** Titles, names, labels, owners, units: one line of text. */
	shortText: 500,
	/** Notes, assumptions, vision, mission, data sources. */
	longText: 10_000,
	/** Characters of one language of a rich-text description. */
	richText: 50_000,
	/** Blocks, list items and text runs of one language of a description. */
	richNodes: 5_000,
	/** How deep lists may nest in a description. */
	richDepth: 16,
	/** An indicator code. */
	code: 32,
	/** Characters of a formula (about a hundred indicators named by id). */
	formulaLength: 4_000,
	/** Nesting of a formula (brackets, minus signs, operators). */
	formulaDepth: 32,
	/** Map coordinates stay within this distance of the origin. */
	coordinate: 10_000_000,
	/** Budgets and amounts: a quadrillion tenge is more than any project. */
	amount: 1e15,
	/** Indicator baselines and targets. */
	measure: 1e15,
	/** Ids in one id set (a node's links, a project's partners). */
	idSet: 1_000,
	/** Yearly targets of one indicator. */
	targets: 200,
	/** Items (stages, nodes, projects, …) one update from a browser may add. */
	itemsPerUpdate: 2_000,
	/** Items of all collections of one plan together. */
	itemsPerPlan: 20_000,
	/** Encoded size of a plan's document. */
	documentBytes: 32 * 1024 * 1024,
	/** Characters of a comment. */
	commentText: 10_000
} as const;
