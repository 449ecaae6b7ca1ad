import { loadConfig } from './config';
import { createServer } from './http/createServer';
import { registerHealthRoute } from './http/healthRoute';

const config = loadConfig();
const server = createServer();
registerHealthRoute(server, '0.1.0');
server.listen(config.PORT, config.HOST, () => {
  console.log(`Co-sell eligibility assistant listening on http://${config.HOST}:${config.PORT}`);
});
