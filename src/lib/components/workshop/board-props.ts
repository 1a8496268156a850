// The props every part of the workshop page takes, so the page can hand each the same things.
import type { Awareness } from 'y-protocols/awareness';
import type { PlanData } from '$lib/plan';
import type { Workshop } from '$lib/plan/workshop';

export type WorkshopPartProps = {
	planId: string;
	workshop: Workshop;
	/** The live plan, null until it has arrived. */
	plan: PlanData | null;
	/** `run`: facilitates (workshop.run); `join`: takes part (workshop.join). Neither: watches. */
	may: { run: boolean; join: boolean };
	user: { id: string; username: string; name: string };
	/** The plan's presence: who is here now. */
	awareness: Awareness;
};
