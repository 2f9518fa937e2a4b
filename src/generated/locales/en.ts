
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'hours-opens-date': str`on ${0} at ${1}`,
'hours-opens-weekday': str`on ${0} at ${1}`,
's078b55c8ac7a736d': `The QR code could not be created.`,
's08516cb203a3acc5': str`tomorrow at ${0}`,
's0b871741f3e1add1': str`unknown day “${0}” (use Mo Tu We Th Fr Sa Su or Lu Ma Mi Ju Vi Sa Do)`,
's0f5d1bef2b58a84c': `Canary time`,
's19fcb8f32b39f0b9': str`expected a time range (HH:MM-HH:MM) or “off”, found “${0}”`,
's1cf05e2b258da385': `Automated assistant 24 h`,
's1da77e74e0fa6629': `Hours`,
's22521fc76b46a196': str`the range “${0}” ends before it starts`,
's228eda6a42ffd133': `(opens WhatsApp, a service outside the Cabildo)`,
's238c3ed6d3ecc66a': `Close`,
's24320d478b32e995': `Open WhatsApp on this computer`,
's2878b9c1b13dce44': str`column ${0}: ${1}`,
's2a67470b268856fe': str`today at ${0}`,
's2d8dccc46aa19495': str`invalid time “${0}” (use HH:MM)`,
's30be1c7184fc259c': `Closed days in the next 30 days`,
's36e481325419a750': `office closure`,
's3cbd00a6122165b4': str`Could not load ${0}.`,
's3d815b6ef4b86b1b': `Message us on WhatsApp`,
's3d9d8b3f9882b52c': `(today)`,
's3f4842fc103e214c': `This year's holidays are not confirmed yet.`,
's4224e715e4ec5f29': `None.`,
's45c823b5b661a0cc': str`${0} · opens ${1}`,
's4ca10c1111c1fdc3': `QR code to continue on your phone`,
's525361a5a2d025b3': `Preparing the code…`,
's5436cc0a1b7160e5': `Closed`,
's5c3f997826193864': str`Scan the code with your phone's camera to open WhatsApp with the office (${0}).`,
's61fa815db6959922': str`A person will answer ${0}`,
's6282559844516f3d': str`${0} your time`,
's6820b25aa574a150': `Out of hours: message us and we will reply as soon as we can`,
's6b39583d8ce4988e': `This week's hours`,
's6bc6e8c01b76fcaf': str`Closing soon · at ${0}`,
's7146859c393f0ace': str`Closed for ${0}`,
's76966240b1028043': `We are answering now`,
's78988c76d9490faa': str`unknown month “${0}”`,
's796288e62f5cb374': str`invalid date “${0}”`,
's802eb1b035bcb37a': `After that, automated assistant 24 h`,
's8f3a608a793970f2': `The conversation continues in WhatsApp, a service outside the Cabildo.`,
's96108462e7fca42c': str`Out of hours: message us and we will reply ${0}`,
's9c123a987e5dfa34': `Privacy`,
'sa2d8511c03ccd45e': `empty rule`,
'sae440b3f4c7894b6': `Hello, I have a question.`,
'sb2ddbd221775903b': str`unexpected text “${0}”`,
'sb85dd0b209f6ebb1': str`We are answering until ${0}`,
'sc09de4eca4140d67': `Open`,
'sc551db43c0a158e4': `For the hours, call`,
'sc98a9c3583135cbc': str`The "${0}" attribute is not valid: "${1}".`,
'scfb1435fd2dc702a': `Continue on your phone`,
'sd620bfe230696f15': `WhatsApp is not available: the number set up is not valid.`,
'sd818a87d3edbc67c': `QR code of the office's WhatsApp link`,
'sd8423421cdab7f85': `closed`,
'sdf0b691990c07441': `Day`,
'se00bf4444e09e54d': str`Open · closes at ${0}`,
'sed0e396cbf261b9d': `Opening hours not available`,
'sf6cd34e5a18bdca7': `Close message`,
    };
  