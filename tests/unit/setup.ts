// Testing Library's find*/waitFor give up after 1 s by default; a panel test on a loaded 2-core CI machine can take
// longer to render a Verify run against the fakes. Waiting longer costs nothing when the answer comes at once.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 5_000 });
