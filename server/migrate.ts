// `npm run db:migrate`: applies the migrations of the configured database (DATABASE_URL for
// PostgreSQL, else SQLite at DATABASE_PATH) without starting the server.
import { openStorage, storageConfig } from '../src/lib/server/db';

const storage = await openStorage(storageConfig());
await storage.close();
console.log(`Migrated ${storage.location}`);
