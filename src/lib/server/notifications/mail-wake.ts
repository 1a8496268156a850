// The mailer runs in the background (mailer.ts); whoever writes notifications wakes it here, so mail
// that should leave at once does not wait for its next round. Nothing waits for the mail itself.
type Shared = { wake: (() => void) | null };

// On globalThis: the built app and the composition root each have their own copy of this module.
const KEY = Symbol.for('clusterplan.mailer-wake');
const shared = ((globalThis as Record<symbol, unknown>)[KEY] ??= { wake: null }) as Shared;

export function wakeMailer(): void {
	shared.wake?.();
}

/** The running mailer says how to wake it (null: no mailer, as in an install without SMTP_URL). */
export function onWake(wake: (() => void) | null): void {
	shared.wake = wake;
}
