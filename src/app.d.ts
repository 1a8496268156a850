import type { AppUser } from '$lib/server/authz/actor';
import type { ValidSession } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			user: AppUser | null;
			session: ValidSession | null;
		}
	}
}

export {};
