/**
 * The entry point `npm start` runs (`node dist/src/server.js`): the HTTP
 * server of src/http/server.ts.
 */
import './http/server.js';
