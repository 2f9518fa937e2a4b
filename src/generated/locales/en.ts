
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's03f03b2b3a5803fa': `Copied`,
's0f5d1bef2b58a84c': `Canary time`,
's17f454ee83d31264': `contact`,
's210b185ec9aff171': `Premium-rate number: the call has an added cost.`,
's25b4f706a60d7c87': `WhatsApp`,
's2bf799fbb67ca911': str`From outside Spain: +34 ${0}.`,
's33139ab84cf23a21': `see on the OpenStreetMap map`,
's3cbd00a6122165b4': str`Could not load ${0}.`,
's3dcf6459f631d656': `The office has not published a response time.`,
's42bb128f840e873f': `Next closures:`,
's465bba802d6836e3': `Landline number: charged as an ordinary national call, according to your tariff. It is not a special-rate number.`,
's4cbe66b4356197f3': `Mobile number: charged as a call to a mobile, according to your tariff.`,
's5381aa715c970f8c': `Add to contacts`,
's557fa886c2b0a580': `In person:`,
's5ea9f272dd7f1da8': `Email`,
's71f14b827fe48f1d': str`${0}: copied (${1}).`,
's74aa0119e62b2b51': `Website`,
's78d7d479a945d46c': str`${0}: could not be copied. The text is selected for you to copy it by hand.`,
's7a9d793dcba80e0a': str`Time now at the office: ${0}`,
's8185c9261cecb754': `International number: your phone company may charge the international rate.`,
's916ab2a47bade7ea': `This year's public holidays are not confirmed yet: check before going on a special day.`,
's9c36884155a784a4': `Free call.`,
'sa3b10fe565d4bbb7': `Ask your phone company what the call costs.`,
'saf63dc4c8601ec8c': `to`,
'sbba24d9646728f8b': `Special-rate number: it may cost more than an ordinary call and is usually not included in flat rates.`,
'sc98a9c3583135cbc': str`The "${0}" attribute is not valid: "${1}".`,
'sc9dc8cb3fb4d84ab': `Downloads a contact card (vCard) for your address book.`,
'scbe4c6673872bda5': `Phone`,
'sced54944e7094acf': `Messages and calls through the WhatsApp app (uses your data connection).`,
'sd5f11965a7c9d6d2': str`${0} has been downloaded. Open it to add the office to your contacts.`,
'sdf28de652bd7931b': `It could not be copied automatically. Copy it from here (Ctrl+C, ⌘C or press and hold):`,
'se747e354280b27f7': `See on the map`,
'sf461bf576e71f1f5': `Address`,
'sf4ec5dfbfad68a07': `Copy`,
    };
  