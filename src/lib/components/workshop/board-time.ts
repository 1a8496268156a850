// Times of a workshop in the reader's language: when something happened, and how long a vote has left.
import { momentFormat } from '$lib/locale-format';

/** Formats an ISO time or server milliseconds as a medium date and a short time. */
export function whenFormat(): (at: string | number) => string {
	return momentFormat();
}

/** "4:05" for four minutes five seconds; never below zero. */
export function clockText(ms: number): string {
	const seconds = Math.max(0, Math.ceil(ms / 1000));
	const minutes = Math.floor(seconds / 60);
	return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
