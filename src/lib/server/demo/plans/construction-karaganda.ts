// Demo plan of the construction cluster of Karaganda region: quarries, cement and building materials
// plants, design institutes and builders serving housing programmes and industrial sites.
import type * as Y from 'yjs';
import { buildPlan, type DemoPlan } from './build';
import { constructionTexts } from './construction-karaganda-texts';

const plan: DemoPlan = {
	id: 'construction-karaganda',
	title: 'Strategic development plan 2019–2025',
	vision:
		'Karaganda builds with its own materials: energy-efficient, certified, and supplied to all of Central Kazakhstan.',
	mission:
		'Connect materials makers, designers and builders to raise local content, quality and energy efficiency in construction.',
	translations: constructionTexts,
	stages: [
		['raw', 'Raw materials'],
		['materials', 'Building materials'],
		['design', 'Design and engineering'],
		['building', 'Construction'],
		['markets', 'Markets'],
		['support', 'Support institutions']
	],
	actors: [
		['quarries', 'Limestone, clay and sand quarries', 'supplier', 'raw'],
		['steel', 'Steel mill in Temirtau', 'supplier', 'raw'],
		['ash', 'Power plants (fly ash and slag)', 'supplier', 'raw'],
		['cement', 'Cement plants', 'firm', 'materials', true],
		['bricks', 'Brick and ceramic block makers', 'firm', 'materials', true],
		['precast', 'Precast concrete and ready-mix plants', 'firm', 'materials', true],
		['aerated', 'Aerated concrete block makers', 'firm', 'materials', true],
		['metalframes', 'Steel structure fabricators', 'firm', 'materials', true],
		['insulation', 'Insulation and dry-mix makers', 'firm', 'materials'],
		['designers', 'Design institutes', 'firm', 'design', true],
		['bim', 'BIM and engineering consultancies', 'firm', 'design'],
		['builders', 'General contractors', 'firm', 'building', true],
		['subcontractors', 'Specialist subcontractors', 'firm', 'building'],
		['housing', 'State housing programme (Nurly Zher)', 'market', 'markets'],
		['industrial', 'Mining and industrial sites', 'market', 'markets'],
		['private', 'Private developers and households', 'market', 'markets'],
		['exportmkt', 'Export: Russian and Uzbek buyers', 'market', 'markets'],
		['university', 'Karaganda Technical University', 'institution', 'support'],
		['testlab', 'Accredited materials testing laboratory', 'institution', 'support'],
		['expertise', 'State expertise of construction projects', 'institution', 'support'],
		['damu', 'DAMU Entrepreneurship Development Fund', 'institution', 'support'],
		['akimat', 'Construction department of the Karaganda akimat', 'institution', 'support'],
		['sez', 'Saryarka special economic zone', 'institution', 'support']
	],
	flows: [
		['quarries', 'cement', 'goods', 'limestone, clay'],
		['quarries', 'precast', 'goods', 'sand and gravel'],
		['ash', 'aerated', 'goods', 'fly ash'],
		['ash', 'cement', 'goods', 'slag'],
		['steel', 'metalframes', 'goods', 'rolled steel'],
		['steel', 'precast', 'goods', 'rebar'],
		['cement', 'precast', 'goods', 'cement'],
		['cement', 'aerated', 'goods', 'cement'],
		['bricks', 'builders', 'goods', 'bricks'],
		['precast', 'builders', 'goods', 'panels, ready-mix'],
		['aerated', 'builders', 'goods', 'blocks'],
		['metalframes', 'subcontractors', 'goods', 'steel frames'],
		['insulation', 'subcontractors', 'goods', 'insulation'],
		['designers', 'builders', 'services', 'project documentation'],
		['bim', 'designers', 'services', 'BIM models'],
		['subcontractors', 'builders', 'services', 'installation'],
		['builders', 'housing', 'goods', 'apartment blocks'],
		['builders', 'industrial', 'services', 'industrial construction'],
		['aerated', 'private', 'goods', 'blocks'],
		['cement', 'exportmkt', 'goods', 'cement'],
		['housing', 'builders', 'money', 'contracts'],
		['damu', 'aerated', 'money', 'guaranteed loan'],
		['testlab', 'bricks', 'services', 'certification tests'],
		['university', 'designers', 'knowledge', 'engineers'],
		['expertise', 'designers', 'services', 'project approval'],
		['sez', 'metalframes', 'services', 'tax relief, land']
	],
	lines: [
		{
			title: 'Local materials in local construction',
			objectives: [
				{
					key: 'localcontent',
					title: 'Raise the share of regional materials in housing built in the region',
					actions: [
						['Catalogue of regional materials for designers', 'Cluster coordinator', '2019-10-31'],
						[
							'Agreement with the akimat on materials in state housing specifications',
							'Cluster council',
							'2020-03-31'
						]
					]
				},
				{
					key: 'export',
					title: 'Sell materials beyond the region and abroad',
					actions: [
						[
							'Joint trade mission to Tashkent and Novosibirsk',
							'Regional Chamber of Entrepreneurs',
							'2020-10-31'
						]
					]
				}
			]
		},
		{
			title: 'Quality and energy efficiency',
			objectives: [
				{
					key: 'certification',
					title: 'Certify member products to EAEU and European standards',
					actions: [
						['Certification plan for each member product', 'Testing laboratory', '2019-12-31'],
						['Upgrade the laboratory to thermal performance tests', 'University', '2020-12-31']
					]
				},
				{
					key: 'efficiency',
					title: 'Offer energy-efficient wall and insulation systems',
					actions: [['Pilot energy-efficient apartment block with members', 'Lead builder', '2021-09-30']]
				}
			]
		},
		{
			title: 'Digital design and skills',
			objectives: [
				{
					key: 'bim',
					title: 'Move member designers and builders to BIM',
					actions: [
						['BIM training for 10 design teams', 'BIM consultancy', '2020-06-30'],
						['Shared BIM library of member products', 'Designers', '2020-12-31']
					]
				},
				{
					key: 'skills',
					title: 'Close the shortage of skilled workers on sites',
					actions: [['Dual training of masons and installers with colleges', 'Akimat', '2020-09-01']]
				}
			]
		}
	],
	// Map nodes (actor keys) and the objectives (o:) or projects (p:) that address them.
	links: [
		['testlab', 'p:lab'],
		['ash', 'p:ashblocks'],
		['aerated', 'o:certification'],
		['bim', 'o:bim'],
		['housing', 'p:pilothouse']
	],
	projects: [
		{
			key: 'lab',
			title: 'Upgrade of the materials testing laboratory',
			description:
				'Thermal conductivity, frost resistance and fire tests so members certify without travelling abroad.',
			lead: 'testlab',
			partners: ['university', 'bricks', 'aerated'],
			budget: 150_000_000,
			funding: 'state_support',
			start: '2019-09-01',
			end: '2020-12-31',
			status: 'approved',
			priority: 9,
			objectives: ['certification']
		},
		{
			key: 'catalogue',
			title: 'Regional materials catalogue and BIM library',
			description: 'Online catalogue with technical data and BIM objects of every member product.',
			lead: 'designers',
			partners: ['bim', 'cement', 'precast', 'aerated'],
			budget: 25_000_000,
			funding: 'donor',
			start: '2019-10-01',
			end: '2020-12-31',
			status: 'in_progress',
			priority: 8,
			objectives: ['localcontent', 'bim']
		},
		{
			key: 'pilothouse',
			title: 'Pilot energy-efficient apartment block',
			description: 'A 60-apartment block built with member materials and metered for two winters.',
			lead: 'builders',
			partners: ['aerated', 'insulation', 'designers', 'akimat'],
			budget: 1_400_000_000,
			funding: 'state_support',
			start: '2020-04-01',
			end: '2022-10-31',
			status: 'proposed',
			priority: 7,
			objectives: ['efficiency', 'localcontent']
		},
		{
			key: 'ashblocks',
			title: 'Fly ash aerated block line',
			description:
				'New autoclave line using fly ash from local power plants, financed with a DAMU-guaranteed loan.',
			lead: 'aerated',
			partners: ['ash', 'damu'],
			budget: 2_100_000_000,
			funding: 'loan',
			start: '2020-06-01',
			end: '2022-06-30',
			status: 'proposed',
			priority: 6,
			objectives: ['efficiency']
		},
		{
			key: 'training',
			title: 'Construction skills centre',
			description: 'Training yard for masons, installers and crane operators with colleges and builders.',
			lead: 'university',
			partners: ['builders', 'subcontractors'],
			budget: 90_000_000,
			funding: 'own_funds',
			start: '2020-01-15',
			end: '2021-08-31',
			status: 'proposed',
			priority: 6,
			objectives: ['skills']
		}
	],
	indicators: [
		{
			name: 'Regional materials in state housing built in the region',
			unit: '% of materials cost',
			baseline: 45,
			baselineYear: 2018,
			targets: { 2021: 60, 2025: 75 },
			frequency: 'annual',
			cumulative: true,
			source: 'Akimat construction department',
			responsible: 'Cluster coordinator',
			link: 'localcontent'
		},
		{
			name: 'Member products with EAEU conformity certificates',
			unit: 'products',
			baseline: 12,
			baselineYear: 2018,
			targets: { 2020: 25, 2025: 50 },
			frequency: 'semiannual',
			cumulative: true,
			source: 'Certificates',
			responsible: 'Testing laboratory',
			link: 'certification'
		},
		{
			name: 'Heat use of the pilot block',
			unit: 'kWh per m² a year',
			baseline: 180,
			baselineYear: 2019,
			targets: { 2023: 110 },
			frequency: 'annual',
			cumulative: true,
			source: 'Meter readings',
			responsible: 'Lead builder',
			link: 'pilothouse'
		},
		{
			name: 'Design teams working in BIM',
			unit: 'teams',
			baseline: 1,
			baselineYear: 2018,
			targets: { 2020: 6, 2025: 15 },
			frequency: 'annual',
			cumulative: true,
			source: 'Member survey',
			responsible: 'BIM working group',
			link: 'bim'
		},
		{
			name: 'Materials sold outside the region',
			unit: 'billion tenge',
			baseline: 14,
			baselineYear: 2018,
			targets: { 2022: 20, 2025: 28 },
			frequency: 'annual',
			source: 'Member reports',
			responsible: 'Cluster coordinator',
			link: 'export'
		}
	],
	comments: [
		['n-steel', 'Juan Facilitator (Infyde)', 'The steel mill could join as an anchor member; to discuss.']
	]
};

/** Builds the demo plan of the construction cluster of Karaganda region into an empty document. */
export function buildConstructionKaraganda(doc: Y.Doc): void {
	buildPlan(doc, plan);
}
