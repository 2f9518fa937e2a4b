
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's002a1b126ce474a0': `You have 1 character left`,
's0675a3ded4b56e72': `By phone`,
's09205907b5b56cda': `No`,
's0945bb07b5d52f9d': `Yes`,
's0f5d1bef2b58a84c': `Canary time`,
's2247f755b5fd7a41': str`We could not record your answer (error ${0}). Please try again later.`,
's370e123714debcf1': `Sending…`,
's3cbd00a6122165b4': str`Could not load ${0}.`,
's4736893fa0ea343e': `Satisfied`,
's50a26a549b9ec50a': `Send answer`,
's5717a3b5817d93bb': `Online, on the website`,
's5b02de99a2d59fd6': `Partly`,
's6519d03273301ce4': `We cannot send it right now: we will keep trying while this page stays open.`,
's69760c7975fdec66': `Tell us how you contacted us.`,
's6a7f0906448c75e5': `How did you contact us?`,
's6ae2672776c57093': `By email`,
's6d6b84ca5dae766c': `Neither satisfied nor dissatisfied`,
's8755c89d4bb7a128': `We cannot send it right now: it is saved in this browser and will be sent automatically as soon as possible.`,
's8b2dc12884928326': `Anything else you would like to tell us? (optional)`,
's8b99fc46c40e0448': `More about data protection`,
's8bbbabb2fff6119d': `such as your name, ID number, phone or email. If you type them, we will hide them before sending.`,
's92541628163bc7ea': `Leave this field empty`,
's92aad9f1248edf21': `Very satisfied`,
's934f9221e52b3e05': `Do not include personal data`,
's93704ac550c1acc4': `Overall, how satisfied are you with the service you received?`,
's983d1c0e444f8dec': str`You have ${0} characters too many`,
's9e072f3f25ec58fc': `Tell us whether we resolved your query.`,
'sa1ce6f5be78f4191': str`You have ${0} characters left`,
'sa350176094f05448': `You have already answered this survey. Thank you for your feedback!`,
'saf1568e10d9389c1': `Dissatisfied`,
'sb05eac6313ad4f91': `Error:`,
'sb7a603e44831bb8a': `Very dissatisfied`,
'sb876c83425efa931': `You have 1 character too many`,
'sbd6ce78279110cd8': str`The comment is too long: delete ${0} characters (${1} at most).`,
'sbd9939fe374fa8c0': `By WhatsApp`,
'sc02da06f5a695f9d': `Choose how satisfied you are, from 1 to 5.`,
'sc5af913ecd75b8ed': `In person, at the office`,
'sc82f079850489a66': `Did we resolve your query?`,
'sc98a9c3583135cbc': str`The "${0}" attribute is not valid: "${1}".`,
'sd692b25bea792408': `This survey is not set up correctly: your answer cannot be sent.`,
'sd8b8131644da80c9': `Thank you for your feedback!`,
'sdb9277d856f86d91': `We have received your answer.`,
'se7d456c885977c2a': `Your answer is anonymous: we do not ask for your name or contact details and only use it to improve our service.`,
'sff0fd3c0500b6751': `Other`,
    };
  