// `npm run new -- <type> <slug>`: a new case study, pillar page or resource,
// as a draft (scripts/content/new/create.ts).
import { main } from './new/create';

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error?.stack ?? error);
    process.exit(2);
  },
);
