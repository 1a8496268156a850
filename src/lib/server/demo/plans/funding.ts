// How the demo clusters mean to pay for their main projects, as the programme stood in late 2019:
// own money and loans mostly in place, a few lines granted or paid, and the joint projects, shared
// laboratories, training and the cluster organisations waiting for measures only drafted or proposed
// (the gap KIDI reported to the ministry). Each project's lines add up to the budget its plan gives.
// Measure ids are those of the demo catalogue (`../measures.ts`).
import type { FundingLineInput } from '../../../plan';

type DemoLine = Omit<FundingLineInput, 'id' | 'projectId'>;

const own = (amount: number, fromYear: number, toYear: number, more: Partial<DemoLine> = {}): DemoLine => ({
	source: 'own_funds',
	amount,
	fromYear,
	toYear,
	...more
});
const loan = (
	amount: number,
	fromYear: number,
	toYear: number,
	note: string,
	more: Partial<DemoLine> = {}
): DemoLine => ({
	source: 'loan',
	amount,
	fromYear,
	toYear,
	note,
	...more
});
const measure = (
	measureId: string,
	amount: number,
	fromYear: number,
	toYear: number,
	more: Partial<DemoLine> = {}
): DemoLine => ({ source: 'state_support', measureId, amount, fromYear, toYear, ...more });
const donor = (
	amount: number,
	fromYear: number,
	toYear: number,
	note: string,
	more: Partial<DemoLine> = {}
): DemoLine => ({
	source: 'donor',
	amount,
	fromYear,
	toYear,
	note,
	...more
});

const applied = (appliedOn: string): Partial<DemoLine> => ({ state: 'applied', appliedOn });
const granted = (appliedOn: string, decidedOn: string): Partial<DemoLine> => ({
	state: 'approved',
	appliedOn,
	decidedOn
});
const paid = (appliedOn: string, decidedOn: string, paidOn: string): Partial<DemoLine> => ({
	state: 'paid',
	appliedOn,
	decidedOn,
	paidOn
});

/** Lines by plan id and project key; a project not listed keeps its one line. */
export const demoFunding: Record<string, Record<string, DemoLine[]>> = {
	'flour-kostanay': {
		lab: [
			measure('cluster-infrastructure-cofinancing', 120_000_000, 2019, 2020),
			own(60_000_000, 2019, 2020, granted('2019-06-10', '2019-08-20'))
		],
		exportoffice: [
			donor(
				30_000_000,
				2019,
				2020,
				'World Bank SME Competitiveness Project',
				paid('2019-04-10', '2019-06-05', '2019-07-20')
			),
			measure('export-promotion-reimbursement', 15_000_000, 2020, 2021, applied('2019-09-02'))
		],
		pastaline: [
			loan(600_000_000, 2020, 2021, 'Halyk Bank', applied('2019-11-12')),
			measure('damu-interest-subsidy', 90_000_000, 2020, 2021),
			own(260_000_000, 2020, 2021, granted('2019-10-01', '2019-10-15'))
		],
		training: [measure('cluster-training-service', 40_000_000, 2020, 2021), own(20_000_000, 2020, 2021)],
		association: [
			measure('cluster-organisation-cofinancing', 12_000_000, 2019, 2021),
			own(12_000_000, 2019, 2021, paid('2019-02-01', '2019-02-15', '2019-03-01'))
		]
	},
	'milk-akmola': {
		coops: [
			measure('agro-investment-subsidy', 100_000_000, 2019, 2020, granted('2019-05-14', '2019-07-30')),
			loan(100_000_000, 2019, 2020, 'KazAgroFinance leasing', granted('2019-05-20', '2019-08-12')),
			own(50_000_000, 2019, 2020, paid('2019-05-01', '2019-05-01', '2019-06-15'))
		],
		cheeseplant: [
			loan(1_200_000_000, 2020, 2022, 'Development Bank of Kazakhstan', applied('2019-12-02')),
			measure('damu-interest-subsidy', 150_000_000, 2020, 2022),
			own(450_000_000, 2020, 2022)
		],
		genetics: [
			measure('agro-investment-subsidy', 300_000_000, 2020, 2023, applied('2019-12-16')),
			loan(200_000_000, 2020, 2023, 'KazAgroFinance leasing'),
			own(100_000_000, 2020, 2023)
		]
	},
	'construction-karaganda': {
		lab: [
			measure('cluster-infrastructure-cofinancing', 100_000_000, 2019, 2020),
			own(50_000_000, 2019, 2020, granted('2019-08-01', '2019-08-28'))
		],
		pilothouse: [
			measure('cluster-joint-project-grant', 400_000_000, 2020, 2022),
			loan(700_000_000, 2020, 2022, 'Otbasy Bank'),
			own(300_000_000, 2020, 2022)
		],
		training: [measure('cluster-training-service', 60_000_000, 2020, 2021), own(30_000_000, 2020, 2021)]
	},
	'tourism-almaty-region': {
		routes: [
			measure('cluster-joint-project-grant', 200_000_000, 2019, 2021),
			own(120_000_000, 2019, 2021, granted('2019-05-01', '2019-05-20'))
		],
		guesthouses: [
			loan(350_000_000, 2020, 2022, 'Bank CenterCredit', applied('2019-11-25')),
			measure('damu-interest-subsidy', 50_000_000, 2020, 2022),
			own(100_000_000, 2020, 2022)
		],
		guides: [
			measure('cluster-training-service', 25_000_000, 2019, 2020),
			own(10_000_000, 2019, 2020, paid('2019-08-01', '2019-08-01', '2019-09-10'))
		]
	},
	'furniture-almaty': {
		servicecentre: [
			measure('cluster-infrastructure-cofinancing', 400_000_000, 2019, 2021),
			loan(150_000_000, 2019, 2021, 'Halyk Bank', granted('2019-08-05', '2019-09-30')),
			own(100_000_000, 2019, 2021, paid('2019-09-01', '2019-09-01', '2019-10-20'))
		],
		export: [
			measure('export-promotion-reimbursement', 15_000_000, 2020, 2021, granted('2019-11-04', '2019-12-12')),
			own(10_000_000, 2020, 2021)
		]
	},
	'pharma-south-kazakhstan': {
		qclab: [
			measure('cluster-infrastructure-cofinancing', 250_000_000, 2019, 2020),
			measure('innovation-grant', 100_000_000, 2019, 2020, {
				state: 'refused',
				appliedOn: '2019-03-01',
				decidedOn: '2019-06-28',
				note: 'A shared laboratory is not a technology commercialisation project'
			}),
			own(70_000_000, 2019, 2020, granted('2019-07-01', '2019-07-15'))
		],
		gmpupgrade: [
			loan(2_500_000_000, 2019, 2022, 'Development Bank of Kazakhstan', granted('2019-06-03', '2019-09-16')),
			measure('damu-interest-subsidy', 300_000_000, 2019, 2022, granted('2019-09-20', '2019-11-05')),
			own(700_000_000, 2019, 2022, granted('2019-09-01', '2019-09-01'))
		],
		herbal: [
			measure('innovation-grant', 200_000_000, 2020, 2021, applied('2019-10-21')),
			loan(500_000_000, 2020, 2022, 'Bank CenterCredit'),
			own(200_000_000, 2020, 2022)
		]
	}
};
