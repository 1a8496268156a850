// How large a plan's document is, kept cheaply: the size at the last exact measure (load or
// compaction) plus every update stored since, an upper bound. Only when that bound passes the cap is
// the document encoded to measure it exactly, so an ordinary edit costs one addition.
import * as Y from 'yjs';
import { PLAN_BOUNDS } from '../../src/lib/plan/bounds';

export class DocumentSize {
	#measured: number;
	#since = 0;

	constructor(
		initial: number,
		readonly cap: number = PLAN_BOUNDS.documentBytes
	) {
		this.#measured = initial;
	}

	/** An update of `bytes` was stored. */
	grow(bytes: number): void {
		this.#since += bytes;
	}

	/** The document was just encoded at `bytes` (compaction). */
	measured(bytes: number): void {
		this.#measured = bytes;
		this.#since = 0;
	}

	/** Whether `doc`, which already holds an update of `bytes`, stays within the cap. */
	fits(doc: Y.Doc, bytes: number): boolean {
		if (this.#measured + this.#since + bytes <= this.cap) return true;
		this.measured(Y.encodeStateAsUpdate(doc).byteLength);
		return this.#measured <= this.cap;
	}
}
