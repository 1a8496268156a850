// Who may comment and whom they may mention: what every comments button of a page needs, from the plan layout's data.
import type { Member } from '$lib/components/comments/mention-typing';

export type Commenting = { members: readonly Member[]; username: string; mayComment: boolean };
