import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor wait up to 5 s (the library's default is 1 s): the suite runs the server and web tests
// side by side on two cores, where a form's validation round can take longer than a second. A behaviour that
// never happens still fails, only later.
configure({ asyncUtilTimeout: 5_000 });

// Each test starts from an empty document.
afterEach(() => cleanup());
