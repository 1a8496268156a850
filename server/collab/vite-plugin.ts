// Development door: attaches the same collaboration server to Vite's dev server, so `npm run dev`
// co-edits too. The server code is loaded through Vite's SSR loader when the dev server starts, so
// `vite build`, vitest and the config bundle never load it or open the database.
import type { Plugin } from 'vite';
import type { Db } from '../../src/lib/server/db';
import type { CollabServer } from './index';

/** Vite plugin serving /collab/<planId> websockets and GET /api/health in `vite dev`. */
export function collabDevServer(): Plugin {
	return {
		name: 'clusterplan-collab',
		apply: 'serve',
		async configureServer(server) {
			// vitest and middleware mode have no HTTP server of their own to attach to.
			const httpServer = server.httpServer;
			if (!httpServer || process.env.VITEST) return;
			const { getDb } = (await server.ssrLoadModule('/src/lib/server/db/index.ts')) as { getDb(): Db };
			const { createCollabServer } = (await server.ssrLoadModule('/server/collab/index.ts')) as {
				createCollabServer(db: Db): CollabServer;
			};
			const collab = createCollabServer(getDb());
			// A false return leaves every other upgrade (Vite's HMR socket) to Vite.
			httpServer.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head));
			server.middlewares.use((req, res, next) => {
				if (!collab.handleHttp(req, res)) next();
			});
			httpServer.on('close', () => collab.close());
		}
	};
}
