
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0f5d1bef2b58a84c': `Canary time`,
's3cbd00a6122165b4': str`Could not load ${0}.`,
'sc98a9c3583135cbc': str`The "${0}" attribute is not valid: "${1}".`,
    };
  