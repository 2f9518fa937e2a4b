
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's078b55c8ac7a736d': `The QR code could not be created.`,
's0f5d1bef2b58a84c': `Canary time`,
's228eda6a42ffd133': `(opens WhatsApp, a service outside the Cabildo)`,
's238c3ed6d3ecc66a': `Close`,
's24320d478b32e995': `Open WhatsApp on this computer`,
's3cbd00a6122165b4': str`Could not load ${0}.`,
's3d815b6ef4b86b1b': `Message us on WhatsApp`,
's4ca10c1111c1fdc3': `QR code to continue on your phone`,
's525361a5a2d025b3': `Preparing the code…`,
's5c3f997826193864': str`Scan the code with your phone's camera to open WhatsApp with the office (${0}).`,
's8f3a608a793970f2': `The conversation continues in WhatsApp, a service outside the Cabildo.`,
's9c123a987e5dfa34': `Privacy`,
'sae440b3f4c7894b6': `Hello, I have a question.`,
'sc98a9c3583135cbc': str`The "${0}" attribute is not valid: "${1}".`,
'scfb1435fd2dc702a': `Continue on your phone`,
'sd620bfe230696f15': `WhatsApp is not available: the number set up is not valid.`,
'sd818a87d3edbc67c': `QR code of the office's WhatsApp link`,
'sf6cd34e5a18bdca7': `Close message`,
    };
  