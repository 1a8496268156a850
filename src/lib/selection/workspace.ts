// A chosen application becomes a cluster: its enterprises become the registry's participants, and
// its draft value chain becomes the plan's map, so the cluster's first workshop starts from what
// the applicants drew rather than from an empty canvas.
import type * as Y from 'yjs';
import { addActor } from '../plan/actor';
import { inGuessedLang } from '../plan/lang-guess';
import { addNode } from '../plan/node';
import { addStage, STAGE_COLUMN_WIDTH } from '../plan/stage';
import { actorKindOf } from '../registry/link';
import type { ParticipantInput } from '../registry/participant';
import type { Application, Enterprise } from './application';

/** The participant an enterprise of a chosen application becomes, joining on `joinedAt`. */
export function participantOfEnterprise(
	enterprise: Enterprise,
	application: Pick<Application, 'region'>,
	joinedAt: string,
	stageId: string | null
): ParticipantInput | null {
	if (enterprise.bin === null || enterprise.kind === null) return null;
	return {
		bin: enterprise.bin,
		name: inGuessedLang(enterprise.name),
		kind: enterprise.kind,
		employees: enterprise.employees,
		region: application.region,
		locality: '',
		stageId,
		joinedAt,
		contact: '',
		inOrganisation: false
	};
}

/** Where a map's node is drawn: in its stage's column, one under another. */
const NODE_X = 40;
const NODE_TOP = 80;
const NODE_STEP = 90;

/**
 * Lays the application's value chain out on an empty plan: its stages as the map's columns, each
 * firm as an actor with a node in its stage's column. A firm whose BIN is one of `participantIds`
 * stands for that participant; the others (suppliers, markets the applicants named) are actors of
 * the map only. Returns the map's stage id of each of the application's stages.
 */
export function mapFromValueChain(
	doc: Y.Doc,
	application: Pick<Application, 'valueChain' | 'enterprises'>,
	participantIds: ReadonlyMap<string, string>
): Map<string, string> {
	const stageIds = new Map<string, string>();
	application.valueChain.stages.forEach((stage) => {
		stageIds.set(stage.id, addStage(doc, { title: inGuessedLang(stage.title || stage.id) }));
	});
	const placed = new Map<string, number>();
	const column = [...stageIds.keys()];
	for (const firm of application.valueChain.firms) {
		if (firm.name === '') continue;
		const enterprise = application.enterprises.find((each) => each.bin !== null && each.bin === firm.bin);
		const participantId = firm.bin === null ? undefined : participantIds.get(firm.bin);
		const actorId = addActor(doc, {
			name: inGuessedLang(firm.name),
			kind: enterprise?.kind ? actorKindOf(enterprise.kind) : 'firm',
			member: participantId !== undefined,
			...(participantId ? { participantId } : {})
		});
		const stageId = firm.stageId === null ? null : (stageIds.get(firm.stageId) ?? null);
		const index = firm.stageId === null ? -1 : column.indexOf(firm.stageId);
		const row = placed.get(firm.stageId ?? '') ?? 0;
		placed.set(firm.stageId ?? '', row + 1);
		addNode(doc, {
			actorId,
			stageId,
			x: Math.max(0, index) * STAGE_COLUMN_WIDTH + NODE_X,
			y: NODE_TOP + row * NODE_STEP + (index < 0 ? 400 : 0)
		});
	}
	return stageIds;
}
