// A call open on the day the demo is seeded, so whoever starts it can apply as the demo's applicant
// at once: it opened the day before and closes sixty days later, by the seed's clock. Same
// requirements and methodology as 2017, four clusters this time.
import { checkCall, moveCall, type Call } from '../../../selection/call';
import { criteria, requirements } from './methodology';

export const OPEN_CALL_ID = 'clusters-second-round';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The open call at `now` (milliseconds since the epoch), with `panel` (user ids) as its evaluators. */
export function openCall(panel: readonly string[], now: number): Call {
	// On the hour, as a ministry would write a deadline.
	const hour = Math.floor(now / HOUR) * HOUR;
	const input = checkCall({
		title: {
			ru: 'Конкурсный отбор территориальных кластеров: второй набор',
			kk: 'Аумақтық кластерлерді конкурстық іріктеу: екінші толқын',
			en: 'Competitive selection of territorial clusters: second round'
		},
		rules: {
			ru: 'КИРИ принимает заявки групп предприятий и организаций одного региона, желающих развиваться как территориальный кластер. Заявка заполняется в Clusterplan и подаётся до указанного срока; поданную заявку изменить нельзя. Формальные требования и методика оценки — те же, что в отборе 2017 года. Будут выбраны четыре кластера с наибольшими баллами, не ниже проходного балла.',
			kk: 'ҚИДИ аумақтық кластер ретінде дамығысы келетін бір өңірдің кәсіпорындары мен ұйымдары топтарының өтінімдерін қабылдайды. Өтінім Clusterplan-да толтырылып, көрсетілген мерзімге дейін беріледі; берілген өтінімді өзгертуге болмайды. Формалды талаптар мен бағалау әдістемесі 2017 жылғы іріктеудегідей. Өту балынан төмен емес, ең жоғары балл алған төрт кластер таңдалады.',
			en: 'KIDI takes applications from groups of firms and institutions of one region that want to grow as a territorial cluster. An application is written in Clusterplan and submitted before the deadline; once submitted it cannot be changed. The formal requirements and the scoring methodology are those of the 2017 selection. The four clusters with the highest points at or above the pass mark will be chosen.'
		},
		opensAt: new Date(hour - DAY).toISOString(),
		closesAt: new Date(hour + 60 * DAY).toISOString(),
		requirements,
		criteria,
		passMark: 60,
		seats: 4,
		evaluators: panel
	});
	return moveCall({ ...input, id: OPEN_CALL_ID, state: 'draft' }, 'open', now);
}
