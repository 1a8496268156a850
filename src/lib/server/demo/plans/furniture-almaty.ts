// Demo plan of the furniture cluster of Almaty: small and medium workshops making case, upholstered
// and office furniture, mostly from imported boards and fittings, for the city and the region.
import type * as Y from 'yjs';
import { buildPlan, type DemoPlan } from './build';
import { furnitureTexts } from './furniture-almaty-texts';

const plan: DemoPlan = {
	id: 'furniture-almaty',
	title: 'Strategic development plan 2019–2025',
	vision:
		'Almaty furniture makers win back the home market from imports and sell their own designs across Central Asia.',
	mission:
		'Buy, design, produce and sell together so that small furniture makers reach the scale and quality of importers.',
	translations: furnitureTexts,
	stages: [
		['materials', 'Boards, fittings and fabrics'],
		['design', 'Design'],
		['production', 'Production'],
		['sales', 'Sales'],
		['markets', 'Markets'],
		['support', 'Support institutions']
	],
	actors: [
		['boards', 'Chipboard and MDF importers', 'supplier', 'materials'],
		['fittings', 'Fittings and hardware distributors', 'supplier', 'materials'],
		['fabrics', 'Fabric and foam suppliers', 'supplier', 'materials'],
		['machines', 'Woodworking machine dealers', 'supplier', 'materials'],
		['designers', 'Furniture designers and studios', 'firm', 'design', true],
		['casefurniture', 'Case furniture makers', 'firm', 'production', true],
		['kitchens', 'Kitchen makers', 'firm', 'production', true],
		['upholstery', 'Upholstered furniture makers', 'firm', 'production', true],
		['office', 'Office and school furniture makers', 'firm', 'production', true],
		['joinery', 'Solid wood joinery workshops', 'firm', 'production', true],
		['cutting', 'Panel cutting and edging service centre', 'firm', 'production', true],
		['showrooms', 'Showrooms and furniture centres', 'firm', 'sales', true],
		['online', 'Online marketplaces', 'firm', 'sales'],
		['households', 'Households of Almaty', 'market', 'markets'],
		['hotels', 'Hotels, restaurants and offices', 'market', 'markets'],
		['public', 'Schools and public buildings (procurement)', 'market', 'markets'],
		['export', 'Export: Kyrgyzstan and Uzbekistan', 'market', 'markets'],
		['imports', 'Imported furniture from China, Russia, Belarus', 'market', 'markets'],
		['college', 'Almaty college of design and technology', 'institution', 'support'],
		['association', 'Association of furniture makers', 'institution', 'support'],
		['damu', 'DAMU Entrepreneurship Development Fund', 'institution', 'support'],
		['kazakhexport', 'KazakhExport export credit agency', 'institution', 'support'],
		['industrialzone', 'Almaty industrial zone', 'institution', 'support']
	],
	flows: [
		['boards', 'cutting', 'goods', 'boards'],
		['boards', 'casefurniture', 'goods', 'boards'],
		['fittings', 'kitchens', 'goods', 'hinges, runners'],
		['fittings', 'casefurniture', 'goods', 'fittings'],
		['fabrics', 'upholstery', 'goods', 'fabric, foam'],
		['machines', 'cutting', 'goods', 'CNC machines'],
		['cutting', 'casefurniture', 'services', 'cut and edged panels'],
		['cutting', 'kitchens', 'services', 'cut and edged panels'],
		['designers', 'casefurniture', 'knowledge', 'collections'],
		['designers', 'upholstery', 'knowledge', 'models'],
		['casefurniture', 'showrooms', 'goods', 'furniture'],
		['upholstery', 'showrooms', 'goods', 'sofas'],
		['kitchens', 'households', 'goods', 'kitchens to order'],
		['office', 'public', 'goods', 'school furniture'],
		['office', 'hotels', 'goods', 'office furniture'],
		['joinery', 'hotels', 'goods', 'fit-out'],
		['showrooms', 'households', 'goods', 'furniture'],
		['online', 'households', 'goods', 'furniture'],
		['casefurniture', 'export', 'goods', 'furniture'],
		['households', 'showrooms', 'money', 'sales'],
		['imports', 'showrooms', 'goods', 'competing imports'],
		['damu', 'cutting', 'money', 'loan guarantee'],
		['kazakhexport', 'casefurniture', 'services', 'export insurance'],
		['college', 'casefurniture', 'knowledge', 'trained workers'],
		['industrialzone', 'cutting', 'services', 'premises, utilities']
	],
	lines: [
		{
			title: 'Cost and scale through cooperation',
			objectives: [
				{
					key: 'purchasing',
					title: 'Buy boards and fittings together at importer prices',
					actions: [
						['Pool the yearly board orders of members', 'Association', '2019-09-30'],
						['Framework contract with two board mills', 'Cluster coordinator', '2020-02-28']
					]
				},
				{
					key: 'servicecentre',
					title: 'Shared cutting and edging centre for small workshops',
					actions: [['Business plan and site for the service centre', 'Cluster council', '2019-12-31']]
				}
			]
		},
		{
			title: 'Design and quality',
			objectives: [
				{
					key: 'design',
					title: 'Launch collections designed in Almaty',
					actions: [
						['Design competition with the college', 'College', '2020-04-30'],
						['Joint collection shown at a furniture fair', 'Designers', '2020-10-31']
					]
				},
				{
					key: 'quality',
					title: 'Meet EAEU furniture safety regulation for all members',
					actions: [['Conformity audit of member products', 'Association', '2020-03-31']]
				}
			]
		},
		{
			title: 'Markets',
			objectives: [
				{
					key: 'homemarket',
					title: 'Win back the home market from imports',
					actions: [
						['Joint showroom "Made in Almaty"', 'Showrooms', '2020-09-30'],
						['Register members as suppliers for public procurement', 'Cluster coordinator', '2019-11-30']
					]
				},
				{
					key: 'export',
					title: 'Sell furniture to Kyrgyzstan and Uzbekistan',
					actions: [['Trade mission to Bishkek and Tashkent', 'KazakhExport', '2020-11-30']]
				}
			]
		}
	],
	// Map nodes (actor keys) and the objectives (o:) or projects (p:) that address them.
	links: [
		['boards', 'p:purchasing'],
		['cutting', 'p:servicecentre'],
		['designers', 'o:design'],
		['imports', 'o:homemarket'],
		['showrooms', 'p:showroom']
	],
	projects: [
		{
			key: 'servicecentre',
			title: 'Shared panel cutting and edging centre',
			description: 'CNC cutting, edging and drilling for 40 small workshops in the industrial zone.',
			lead: 'cutting',
			partners: ['casefurniture', 'kitchens', 'industrialzone', 'damu'],
			budget: 650_000_000,
			funding: 'state_support',
			start: '2019-10-01',
			end: '2021-03-31',
			status: 'approved',
			priority: 9,
			objectives: ['servicecentre']
		},
		{
			key: 'purchasing',
			title: 'Joint purchasing pool',
			description: 'Member-owned purchasing company for boards, fittings and fabrics.',
			lead: 'casefurniture',
			partners: ['kitchens', 'upholstery', 'office'],
			budget: 15_000_000,
			funding: 'own_funds',
			start: '2019-07-01',
			end: '2020-06-30',
			status: 'in_progress',
			priority: 8,
			objectives: ['purchasing']
		},
		{
			key: 'collection',
			title: 'Almaty design collection',
			description: 'Design competition, prototypes and a joint stand at a regional furniture fair.',
			lead: 'designers',
			partners: ['college', 'casefurniture', 'upholstery'],
			budget: 40_000_000,
			funding: 'donor',
			start: '2020-01-15',
			end: '2020-12-31',
			status: 'proposed',
			priority: 7,
			objectives: ['design']
		},
		{
			key: 'showroom',
			title: 'Joint showroom "Made in Almaty"',
			description: 'A 2,000 m² showroom with online catalogue for member furniture.',
			lead: 'showrooms',
			partners: ['casefurniture', 'upholstery', 'kitchens', 'online'],
			budget: 300_000_000,
			funding: 'loan',
			start: '2020-03-01',
			end: '2021-02-28',
			status: 'proposed',
			priority: 7,
			objectives: ['homemarket']
		},
		{
			key: 'export',
			title: 'Export to Central Asia',
			description: 'Distributor search, certificates and insured shipments with KazakhExport.',
			lead: 'casefurniture',
			partners: ['office', 'kazakhexport'],
			budget: 25_000_000,
			funding: 'state_support',
			start: '2020-06-01',
			end: '2021-12-31',
			status: 'proposed',
			priority: 5,
			objectives: ['export']
		}
	],
	indicators: [
		{
			name: 'Sales of member firms',
			unit: 'billion tenge',
			baseline: 18,
			baselineYear: 2018,
			targets: { 2021: 24, 2025: 35 },
			frequency: 'annual',
			source: 'Member reports',
			responsible: 'Cluster coordinator',
			link: 'homemarket'
		},
		{
			name: 'Board purchase price paid by members',
			unit: '% of 2018 price',
			baseline: 100,
			baselineYear: 2018,
			targets: { 2020: 90, 2022: 85 },
			frequency: 'quarterly',
			cumulative: true,
			source: 'Purchasing pool invoices',
			responsible: 'Purchasing pool manager',
			link: 'purchasing'
		},
		{
			name: 'Workshops using the service centre',
			unit: 'workshops',
			baseline: 0,
			baselineYear: 2019,
			targets: { 2021: 25, 2025: 40 },
			frequency: 'quarterly',
			cumulative: true,
			source: 'Service centre register',
			responsible: 'Service centre manager',
			link: 'servicecentre'
		},
		{
			name: 'New models designed in Almaty',
			unit: 'models',
			baseline: 5,
			baselineYear: 2018,
			targets: { 2020: 20, 2025: 60 },
			frequency: 'annual',
			cumulative: true,
			source: 'Member survey',
			responsible: 'Design working group',
			link: 'design'
		},
		{
			name: 'Furniture exports of members',
			unit: 'million USD',
			baseline: 0.8,
			baselineYear: 2018,
			targets: { 2022: 3, 2025: 6 },
			frequency: 'annual',
			source: 'Customs statistics',
			responsible: 'Cluster coordinator',
			link: 'export'
		}
	],
	comments: [['n-imports', 'Juan Facilitator (Infyde)', 'Shown as a market to mark the competition; agree?']]
};

/** Builds the demo plan of the furniture cluster of Almaty into an empty document. */
export function buildFurnitureAlmaty(doc: Y.Doc): void {
	buildPlan(doc, plan);
}
