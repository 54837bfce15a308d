import { type VehicleCapabilityName, vehicleCapabilityNames } from '../model/capabilities.js';
import type { InterventionFacts } from './types.js';

/**
 * Only id and brand are confirmed by the API vendor; domain, access, agent, stage and unlocks are
 * reasoned from the title and the makers' own documentation, so a live catalogue overrides them.
 */

const everything: readonly VehicleCapabilityName[] = vehicleCapabilityNames;

// The account already knows which car it is (make, model, VIN) before the car itself answers, so
// "most features" means everything the car has to report or act on.
const allButInformation: readonly VehicleCapabilityName[] = everything.filter(
  (name) => name !== 'information',
);

const charging: readonly VehicleCapabilityName[] = ['chargeState', 'startCharging', 'stopCharging'];

// Every entry was last compared with its sources on this day. The pages were read from stored
// copies, so a maker may have changed a label since: re-check before relying on one.
const checkedAt = '2026-12-01';

// The makers' apps and portals. Store pages are given without a country, so each store opens
// the owner's own; an app whose store pages could not be confirmed has none.
const links = {
  ford: {
    app: {
      ios: 'https://apps.apple.com/app/id1095418609',
      android: 'https://play.google.com/store/apps/details?id=com.ford.fordpass',
      web: 'https://www.ford.com/support/how-tos/fordpass/getting-started-with-fordpass/download-fordpass/',
    },
  },
  volkswagen: {
    app: {
      ios: 'https://apps.apple.com/app/id1517566572',
      android: 'https://play.google.com/store/apps/details?id=com.volkswagen.weconnect',
    },
    portal: 'https://www.myvolkswagen.net',
  },
  bmw: {
    app: {
      ios: 'https://apps.apple.com/app/id1519034860',
      android: 'https://play.google.com/store/apps/details?id=de.bmw.connected.mobile20.row',
    },
  },
  seat: { portal: 'https://my.seat' },
  renault: { portal: 'https://renault-connect.renault.com' },
  porsche: { portal: 'https://my.porsche.com' },
  mercedes: {
    app: {
      android:
        'https://play.google.com/store/apps/details?id=com.daimler.ris.mercedesme.ece.android',
    },
  },
  tesla: {
    app: {
      ios: 'https://apps.apple.com/app/id582007913',
      android: 'https://play.google.com/store/apps/details?id=com.teslamotors.tesla',
      web: 'https://www.tesla.com/support/tesla-app',
    },
  },
  audi: {
    app: {
      ios: 'https://apps.apple.com/app/id440464115',
      android: 'https://play.google.com/store/apps/details?id=de.myaudi.mobile.assistant',
    },
    portal: 'https://my.audi.com',
  },
  skoda: {
    app: {
      ios: 'https://apps.apple.com/app/id1632202810',
      android: 'https://play.google.com/store/apps/details?id=cz.skodaauto.myskoda',
    },
  },
} as const;

// Pages more than one entry rests on.
const page = {
  vwId7Privacy: {
    kind: 'manual',
    title: "Volkswagen ID.7 owner's manual: privacy settings",
    url: 'https://www.mycarusermanual.com/vw/id.7/4-door/2023-2025/infotainment-system--privacy-settings',
  },
  vwId7Users: {
    kind: 'manual',
    title: "Volkswagen ID.7 owner's manual: user management",
    url: 'https://www.mycarusermanual.com/vw/id.7/4-door/2023-2025/infotainment-system--user-management',
  },
  vwId5Users: {
    kind: 'manual',
    title: "Volkswagen ID.5 owner's manual: user management",
    url: 'https://www.mycarusermanual.com/vw/id.5/suv/2021-2025/user-management-and-customization--user-management',
  },
  vwConnectShop: {
    kind: 'maker',
    title: 'Volkswagen: VW Connect and We Connect, Volkswagen app',
    url: 'https://volkswagen.si/povezljivostne-in-mobilnostne-storitve/povezljivost/vw-connect-in-we-connect/volkswagen-aplikacija-video',
  },
  vwTouranServices: {
    kind: 'manual',
    title: "Volkswagen Touran owner's manual: data processing and online services",
    url: 'https://www.mycarusermanual.com/vw/touran/4-door/2022-2025/connectivity--data-processing',
  },
  audiPrivacy: {
    kind: 'manual',
    title: "Audi RS Q8 owner's manual: data protection, information transmitted",
    url: 'https://www.mycarusermanual.com/audi/rs-q8/suv/2020-2026/data-protection--information-transmitted',
  },
  audiDk: {
    kind: 'maker',
    title: 'Audi Denmark: Audi connect, verification and licence renewal',
    url: 'https://www.audi.dk/dk/web/da/service/audi-digitale-tjenester/audi-connect.html',
  },
  audiKeyUser: {
    kind: 'manual',
    title: "Audi Q3 owner's manual: key user",
    url: 'https://www.auq3.net/key_user-26.html',
  },
  audiCarFinder: {
    kind: 'manual',
    title: "Audi A3 owner's manual: Car Finder and parking position",
    url: 'https://manualesaudi.com/AudiA3/AudiA3-2017/pt_PT/ba/page_00503.htm',
  },
  skodaOtaDe: {
    kind: 'maker',
    title: 'ŠKODA Germany: over-the-air update, conditions and restrictions',
    url: 'https://www.skoda-auto.de/e-mobilitaet/software-update-funktionseinschraenkungen-und-aktualisierungsbedingungen',
  },
} as const;

export const interventionFacts: readonly InterventionFacts[] = [
  {
    id: '06197b76-966e-414a-b174-7a00cde49f30',
    vendor: 'FORD',
    vendorType: 'vehicle',
    brand: 'Ford',
    domain: 'Device',
    access: 'Physical',
    agent: 'User',
    // It ties the car to the owner's FordPass account and comes before anything else, even though
    // the deciding tap happens on the car's screen.
    stage: 'account',
    unlocks: allButInformation,
    portal: 'FordPass',
    // The first person to activate the car; anyone after that needs an invite from them.
    performedBy: ['owner'],
    ownerMinutes: 5,
    // The prompt in the car can take up to 10 minutes to appear.
    waitMinutes: 10,
    links: links.ford,
    sources: [
      {
        kind: 'maker',
        title: 'FordPass support: how do I authorize my vehicle?',
        url: 'https://www.fordpass.com/en_us/support/authorize-vehicle.html',
      },
      {
        kind: 'maker',
        title: 'Ford: why is my activation in progress for FordPass?',
        url: 'https://www.ford.com/support/how-tos/fordpass/troubleshooting/why-is-my-activation-in-progress-for-fordpass',
      },
      {
        kind: 'maker',
        title: 'Ford: how to request access to an authorized vehicle',
        url: 'https://www.ford.co.th/en/support/how-tos/fordpass/fordpass-connect/how-to-request-access-to-an-authorized-vehicle',
      },
      {
        kind: 'maker',
        title: 'Ford: how do I remove FordPass modem access for authorized users?',
        url: 'https://www.ford.com/support/how-tos/fordpass/fordpass-connect/how-do-i-remove-fordpass-modem-access-for-authorized-users/',
      },
    ],
    checkedAt,
  },
  {
    id: '0defa374-8a1a-4eb1-a85f-b7cb09501097',
    vendor: 'VOLKSWAGEN',
    vendorType: 'vehicle',
    brand: 'Volkswagen',
    domain: 'Account',
    access: 'Remote',
    agent: 'User',
    stage: 'account',
    unlocks: everything,
    portal: 'Volkswagen app',
    performedBy: ['owner'],
    ownerMinutes: 5,
    links: links.volkswagen,
    sources: [
      {
        kind: 'manual',
        title: "Volkswagen ID.5 owner's manual: Volkswagen ID and user management",
        url: 'https://www.mycarusermanual.com/vw/id.5/suv/2021-2025/user-management-and-customization',
      },
      {
        kind: 'maker',
        title: 'Volkswagen ID privacy policy: completing the user account',
        url: 'https://identity.vwgroup.io/signin-service/v1/03a71e20-5693-4ea0-9441-5f948f28d9c4@apps_vw-dilab_com/dataPrivacy',
      },
      {
        kind: 'maker',
        title: 'Volkswagen: terms of use of the mobile online services',
        url: 'https://consent.vwgroup.io/consent/v1/texts/VWConnectTouareg/ie/en/terms_OfUse/latest/html',
      },
    ],
    checkedAt,
  },
  {
    id: '644d2a0f-6774-489b-b57d-07cf00261467',
    vendor: 'VOLKSWAGEN',
    vendorType: 'vehicle',
    brand: 'Volkswagen',
    domain: 'Device',
    access: 'Physical',
    agent: 'User',
    // Car-Net is the package of online services as a whole; single services come after it.
    stage: 'subscription',
    unlocks: everything,
    portal: 'Volkswagen app',
    performedBy: ['owner'],
    ownerMinutes: 15,
    links: links.volkswagen,
    sources: [
      {
        kind: 'manual',
        title: "Volkswagen Jetta owner's manual: activating VW Car-Net",
        url: 'https://www.mycarusermanual.com/vw/jetta/4-door/2019-2025/myvw-with-connected-features-by-car-net--activating-vw-car-net-',
      },
      {
        kind: 'manual',
        title: "Volkswagen Jetta owner's manual: adding further vehicles, S-PIN",
        url: 'https://www.mycarusermanual.com/vw/jetta/4-door/2019-2025/myvw-with-connected-features-by-car-net--getting-help',
      },
      {
        kind: 'maker',
        title: 'Volkswagen: terms of use of Car-Net, We Connect and VW Connect',
        url: 'https://consent.vwgroup.io/consent/v1/texts/VWConnectTouareg/ie/en/terms_OfUse/latest/html',
      },
      page.vwId7Privacy,
    ],
    checkedAt,
  },
  {
    id: 'd88a46e9-fc8b-4f71-ae50-b8610f4faead',
    vendor: 'VOLKSWAGEN',
    vendorType: 'vehicle',
    brand: 'Volkswagen',
    domain: 'Account',
    access: 'Physical',
    agent: 'User',
    stage: 'account',
    // Only the primary user may order and switch on services, so without one usually nothing
    // works, not only remote control.
    unlocks: everything,
    portal: 'Volkswagen app',
    // The keeper or a long-term user such as a lessee; the one who registers becomes the
    // primary user.
    performedBy: ['owner'],
    ownerMinutes: 15,
    links: links.volkswagen,
    sources: [
      {
        kind: 'manual',
        title: "Volkswagen ID.7 owner's manual: S-PIN settings and Connect to VW Connect",
        url: 'https://www.mycarusermanual.com/vw/id.7/4-door/2023-2025/infotainment-system--s-pin-settings',
      },
      page.vwId7Users,
      {
        kind: 'manual',
        title: "Volkswagen ID.7 owner's manual: data processing, permanent transfer of the vehicle",
        url: 'https://www.mycarusermanual.com/vw/id.7/4-door/2023-2025/infotainment-system--data-processing',
      },
      {
        kind: 'manual',
        title: 'Volkswagen ID.3 Betriebsanleitung: Hauptnutzer für das Fahrzeug einrichten',
        url: 'https://de.vw-id3.com/hauptnutzer_fg_r_das_fahrzeug_einrichten-51.html',
      },
    ],
    checkedAt,
  },
  {
    id: 'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9',
    vendor: 'VOLKSWAGEN',
    vendorType: 'vehicle',
    brand: 'Volkswagen',
    domain: 'Account',
    access: 'Remote',
    agent: 'User',
    stage: 'subscription',
    unlocks: everything,
    portal: 'Volkswagen app',
    performedBy: ['primaryUser'],
    ownerMinutes: 10,
    links: links.volkswagen,
    sources: [
      page.vwConnectShop,
      {
        kind: 'maker',
        title: 'Volkswagen: vouchers and licence extensions in the Connect Shop',
        url: 'https://www.volkswagen.se/idhub/content/experience-fragments/onehub_pkw/se/sv/static/layers/vx/voucher/master.html',
      },
      page.vwId7Users,
    ],
    checkedAt,
  },
  {
    id: 'b9acf87e-d7c8-426b-80a7-c925b5b90d6f',
    vendor: 'VOLKSWAGEN',
    vendorType: 'vehicle',
    brand: 'Volkswagen',
    domain: 'Device',
    access: 'Physical',
    // Over the air the owner does it; only early ID. cars need a workshop first.
    agent: 'User',
    stage: 'update',
    unlocks: ['smartCharging'],
    portal: 'Volkswagen app',
    performedBy: ['driver', 'dealer'],
    ownerMinutes: 10,
    // The download runs over several drives and the install keeps the car parked; Volkswagen
    // publishes no duration.
    waitMinutes: null,
    links: links.volkswagen,
    sources: [
      {
        kind: 'maker',
        title: 'Volkswagen: installing ID. Software 3.0 in online mode',
        url: 'https://www.volkswagen.si/servis-in-dopolnilna-oprema/servisne-storitve/servis-elektricnih-vozil/posodobitev-programske-opreme-za-vozila-id/id-software-update-30/namestitev-spletnega-nacina',
      },
      {
        kind: 'maker',
        title: 'Volkswagen newsroom: over-the-air updates of the firmware',
        url: 'https://volkswagen-newsroom.com/de/innovation-talk-die-volkswagen-software-offensive-7235/over-the-air-updates-der-firmware-7241',
      },
      {
        kind: 'manual',
        title: "Volkswagen ID.5 owner's manual: over-the-air updates",
        url: 'https://www.mycarusermanual.com/vw/id.5/suv/2021-2025/data-transfer-and-updates--over-the-air-updates',
      },
      page.vwId7Privacy,
      {
        kind: 'press',
        title: 'Handelsblatt: early ID. models get their new software at the workshop',
        url: 'https://www.handelsblatt.com/unternehmen/industrie/digitalisierung-im-auto-id-modelle-von-volkswagen-bekommen-endlich-neue-software/28538284.html',
      },
    ],
    checkedAt,
  },
  {
    id: '9e9af174-03ad-4448-9092-b2988b10cdb0',
    vendor: 'VOLKSWAGEN',
    vendorType: 'vehicle',
    brand: 'Volkswagen',
    domain: 'Account',
    // The deciding setting, sharing the location, is made in the car.
    access: 'Physical',
    agent: 'User',
    stage: 'service',
    unlocks: ['location'],
    portal: 'Volkswagen app',
    // Each user of the car sets their own privacy settings.
    performedBy: ['driver'],
    ownerMinutes: 5,
    links: links.volkswagen,
    sources: [
      page.vwId7Privacy,
      {
        kind: 'manual',
        title: "Volkswagen Multivan owner's manual: We Connect privacy settings",
        url: 'https://www.mycarusermanual.com/vw/multivan/suv/2015-2024/we-connect--privacy-settings',
      },
      {
        kind: 'manual',
        title: "Volkswagen ID.4 owner's manual: changing and deleting user data",
        url: 'https://www.vw-id4.com/changing-and-deleting-user-data-197.html',
      },
      page.vwTouranServices,
    ],
    checkedAt,
  },
  {
    id: '3e861d64-9c00-4c97-9475-a1b4a9881e79',
    vendor: 'VOLKSWAGEN',
    vendorType: 'vehicle',
    brand: 'Volkswagen',
    domain: 'Account',
    access: 'Remote',
    agent: 'User',
    stage: 'service',
    unlocks: charging,
    portal: 'Volkswagen app',
    performedBy: ['primaryUser'],
    ownerMinutes: 5,
    links: links.volkswagen,
    // Volkswagen documents no switch for this service; these pages cover what is known.
    sources: [page.vwId5Users, page.vwId7Privacy, page.vwTouranServices],
    checkedAt,
  },
  {
    id: '4099b5db-b050-40df-a1bb-e3633bf14d1f',
    vendor: 'VOLKSWAGEN',
    vendorType: 'vehicle',
    brand: 'Volkswagen',
    domain: 'Account',
    access: 'Remote',
    agent: 'User',
    stage: 'service',
    unlocks: ['smartCharging'],
    portal: 'Volkswagen app',
    performedBy: ['primaryUser'],
    ownerMinutes: 5,
    links: links.volkswagen,
    // As for Charging; the e-Golf page shows that timers in the car are another thing.
    sources: [
      page.vwId5Users,
      page.vwId7Privacy,
      {
        kind: 'manual',
        title: "Volkswagen e-Golf owner's manual: e-Manager and departure times",
        url: 'https://www.mycarusermanual.com/vw/e-golf/4-door/2017-2020/infotainment-system-controls-and-displays--e-manager',
      },
    ],
    checkedAt,
  },
  {
    id: '392fef50-5468-47a0-aa51-0a1b23966585',
    vendor: 'BMW',
    vendorType: 'vehicle',
    brand: 'BMW',
    domain: 'Device',
    access: 'Physical',
    agent: 'User',
    stage: 'device',
    unlocks: ['location'],
    portal: 'My BMW',
    performedBy: ['driver'],
    ownerMinutes: 5,
    links: links.bmw,
    sources: [
      {
        kind: 'manual',
        title: "BMW 3 Series (G20) owner's manual: data protection",
        url: 'https://www.bmw3g20.com/data_protection-2925.html',
      },
      {
        kind: 'manual',
        title: "BMW X1 (U11) owner's manual: personal settings",
        url: 'https://carmanualhub.com/detail/bmw/x1/U11-2022-2026/personal_settings',
      },
      {
        kind: 'manual',
        title: "BMW i5 owner's manual: personal settings",
        url: 'https://www.mycarusermanual.de/en/bmw/i5/4-door/2023-2025/personal-settings--vehicle-features-and-options',
      },
      {
        kind: 'maker',
        title: 'BMW Group: the data ecosystem and privacy settings',
        url: 'https://bmwgroup.com/de/innovation/connected-car/daten-oekosystem.html',
      },
    ],
    checkedAt,
  },
  {
    id: '4802fd2c-4369-4914-a625-c3885d594cf8',
    vendor: 'SEAT',
    vendorType: 'vehicle',
    brand: 'Seat',
    domain: 'Account',
    access: 'Remote',
    agent: 'User',
    stage: 'subscription',
    unlocks: everything,
    portal: 'My SEAT',
    performedBy: ['owner'],
    ownerMinutes: 15,
    links: links.seat,
    sources: [
      {
        kind: 'manual',
        title: "CUPRA Ateca owner's manual: becoming a main user",
        url: 'https://www.easymanua.ls/cupra/ateca-2020/manual?p=167',
      },
      {
        kind: 'manual',
        title: 'SEAT Tarraco manual de instrucciones: registro SEAT CONNECT',
        url: 'https://www.autoguidegalaxy.com/2020-seat-tarraco-manual-de-instrucciones-in-spanish/26',
      },
      {
        kind: 'maker',
        title: 'SEAT CONNECT terms of use',
        url: 'https://consent.vwgroup.io/consent/v1/texts/SEATConnect/nl/en/termsOfUse/latest/html',
      },
      {
        kind: 'manual',
        title: "SEAT Mii electric owner's manual: activating SEAT CONNECT",
        url: 'https://manualsfile.com/product/xzustxwu8.html?page=138',
      },
      {
        kind: 'maker',
        title: 'CUPRA UK: CUPRA CONNECT Gen 3 questions',
        url: 'https://www.cupraofficial.co.uk/content/countries/gb/cupra-website/en/faqs/cupra-connect-gen3.html',
      },
    ],
    checkedAt,
  },
  {
    id: '4245f5e6-e806-4de4-bb65-8673adecea83',
    vendor: 'RENAULT',
    vendorType: 'vehicle',
    brand: 'Renault',
    domain: 'Account',
    access: 'Remote',
    agent: 'User',
    stage: 'account',
    unlocks: everything,
    portal: 'My Renault',
    performedBy: ['owner'],
    ownerMinutes: 15,
    // Easy Link: the activation can take up to 72 hours.
    waitMinutes: 72 * 60,
    links: links.renault,
    sources: [
      {
        kind: 'maker',
        title: 'Renault user manual: the My Renault app',
        url: 'https://www.user-manual.renault.com/nb/apper/my-renault',
      },
      {
        kind: 'maker',
        title: 'Renault e-guide, openR link: activating services',
        url: 'https://gb.e-guide.renault.com/eng/openR-link/top_20002_all_007_1',
      },
      {
        kind: 'maker',
        title: 'Renault e-guide, Easy Link: activating services',
        url: 'https://ie.e-guide.renault.com/eng/easy-link/ACTIVATING-SERVICES',
      },
      {
        kind: 'maker',
        title: 'Renault user manual: vehicle rental and resale',
        url: 'https://www.user-manual.renault.com/sr/node/15921',
      },
      {
        kind: 'maker',
        title: 'Renault UK: connected services and your data',
        url: 'https://www.renault.co.uk/renault-connect/connected-services-data.html',
      },
    ],
    checkedAt,
  },
  {
    id: '9ee6519c-c173-11ec-9d64-0242ac120002',
    vendor: 'PORSCHE',
    vendorType: 'vehicle',
    brand: 'Porsche',
    domain: 'Account',
    access: 'Remote',
    agent: 'User',
    stage: 'subscription',
    unlocks: everything,
    portal: 'My Porsche',
    performedBy: ['owner'],
    ownerMinutes: 15,
    links: links.porsche,
    sources: [
      {
        kind: 'maker',
        title: 'Porsche: registration and activation of Porsche Connect',
        url: 'https://ask.porsche.com/au/en-AU/registration-activation-connect/',
      },
      {
        kind: 'maker',
        title: 'Porsche: logging in to the vehicle',
        url: 'https://ask.porsche.com/ca/en-CA/login-vehicle',
      },
      {
        kind: 'manual',
        title: 'Porsche Connect manual: linking a Porsche ID in older PCM',
        url: 'https://www.manualslib.com/manual/1990332/Porsche-Connect.html?page=7',
      },
      {
        kind: 'maker',
        title: 'Porsche Connect Store: help',
        url: 'https://connect-store2.porsche.com/ch/de/t/help',
      },
    ],
    checkedAt,
  },
  {
    id: 'c88c2df3-9d75-46d0-8334-0e5b424bc237',
    vendor: 'MERCEDES',
    vendorType: 'vehicle',
    brand: 'Mercedes',
    domain: 'Account',
    access: 'Remote',
    agent: 'User',
    // Adding the car to the Mercedes me ID is the larger part; activating its services follows.
    stage: 'account',
    unlocks: everything,
    // The app was called Mercedes me; the maker now calls it the Mercedes-Benz app.
    portal: 'Mercedes-Benz app',
    performedBy: ['owner'],
    ownerMinutes: 15,
    links: links.mercedes,
    sources: [
      {
        kind: 'maker',
        title: 'Mercedes-Benz Germany: Mercedes me ID and the Mercedes-Benz app',
        url: 'https://www.mercedes-benz.de/passengercars/mercedes-benz-cars/mercedes-me/id/stage.module.html',
      },
      {
        kind: 'maker',
        title: 'Mercedes-Benz: Digital Extras and the Mercedes-Benz Store',
        url: 'https://www.mercedes-benz.com.my/passengercars/buy/digital-extras-overview/on-demand.html',
      },
      {
        kind: 'maker',
        title: 'Mercedes-Benz Store: help and questions (emergency call system)',
        url: 'https://shop.mercedes-benz.com/en-gb/connect/service/faq',
      },
    ],
    checkedAt,
  },
  {
    id: 'c8a9fe78-44fd-482a-bebc-ef6047e6c0fe',
    vendor: 'TESLA',
    vendorType: 'vehicle',
    brand: 'Tesla',
    domain: 'Device',
    access: 'Physical',
    agent: 'User',
    stage: 'device',
    // chargeState is confirmed; with Mobile Access off nothing can reach the car, so the rest of
    // its live data and commands go with it. The account still lists the car itself.
    unlocks: allButInformation,
    portal: 'Tesla app',
    performedBy: ['owner'],
    ownerMinutes: 5,
    links: links.tesla,
    sources: [
      {
        kind: 'maker',
        title: "Tesla Model S owner's manual: mobile app",
        url: 'https://www.tesla.com/ownersmanual/models/en_us/GUID-F6E2CD5E-F226-4167-AC48-BD021D1FFDAB.html',
      },
      {
        kind: 'maker',
        title: 'Tesla developer docs: virtual keys',
        url: 'https://developer.tesla.com/docs/fleet-api/virtual-keys/overview',
      },
    ],
    checkedAt,
  },
  {
    id: 'faea347c-1274-4764-90df-75102f40a454',
    vendor: 'AUDI',
    vendorType: 'vehicle',
    brand: 'Audi',
    domain: 'Account',
    // The account, the car and the identity check are done in myAudi, but setting the key user
    // needs the owner in the car, so the owner has to go there.
    access: 'Physical',
    agent: 'User',
    stage: 'account',
    unlocks: everything,
    portal: 'myAudi',
    // Audi asks for the vehicle owner as key user.
    performedBy: ['owner'],
    // With the code by text message; a video call or a dealer visit takes longer.
    ownerMinutes: 20,
    links: links.audi,
    sources: [
      page.audiKeyUser,
      {
        kind: 'manual',
        title: "Audi Q5 owner's manual (2018): setting the primary user",
        url: 'https://manualesaudi.com/AudiQ5/AudiQ52018/en_GB/ba/page_00463.htm',
      },
      {
        kind: 'maker',
        title: 'Audi Germany: Audi connect questions (codes and PIN)',
        url: 'https://www.audi.de/de/brand/de/kundenbereich/connect/layer/faqs_connect.html',
      },
      page.audiDk,
      {
        kind: 'maker',
        title: 'Audi Belgium: connect questions (verification by text message)',
        url: 'https://www.nl.audi.be/be/web/nl/connect/faq.html',
      },
    ],
    checkedAt,
  },
  {
    id: '52ec645f-7d29-4d21-be3c-6bb5e7c5f351',
    vendor: 'AUDI',
    vendorType: 'vehicle',
    brand: 'Audi',
    domain: 'Device',
    access: 'Physical',
    agent: 'User',
    stage: 'device',
    unlocks: ['location'],
    portal: 'myAudi',
    performedBy: ['driver'],
    ownerMinutes: 5,
    links: links.audi,
    sources: [page.audiPrivacy, page.audiCarFinder],
    checkedAt,
  },
  {
    id: 'a084d982-0667-4da5-ac2c-8e77e53eb86c',
    vendor: 'AUDI',
    vendorType: 'vehicle',
    brand: 'Audi',
    domain: 'Device',
    access: 'Physical',
    agent: 'User',
    stage: 'device',
    // "Most data": what the car reports, as opposed to the commands it accepts. Not
    // `information`: the account knows which car it is whatever the car's privacy settings.
    unlocks: ['chargeState', 'location', 'odometer'],
    portal: 'myAudi',
    performedBy: ['driver'],
    ownerMinutes: 5,
    links: links.audi,
    sources: [
      page.audiPrivacy,
      {
        kind: 'manual',
        title: "Audi RS Q8 owner's manual: users (myAudi, local and guest)",
        url: 'https://www.mycarusermanual.com/audi/rs-q8/suv/2020-2026/personal-settings',
      },
    ],
    checkedAt,
  },
  {
    id: 'adc1ef01-afde-404f-a255-bd487185cc28',
    vendor: 'AUDI',
    vendorType: 'vehicle',
    brand: 'Audi',
    domain: 'Device',
    access: 'Physical',
    // Audi publishes nothing on this package, so a service partner is the way until it does.
    agent: 'ThirdParty',
    stage: 'update',
    // "Charging" read as the start and stop commands.
    unlocks: ['startCharging', 'stopCharging', 'smartCharging'],
    portal: 'myAudi',
    performedBy: ['dealer'],
    // A call or a visit to a service partner: no fair estimate, and none published.
    ownerMinutes: null,
    waitMinutes: null,
    links: links.audi,
    // The only documented part: maximum privacy stops updates.
    sources: [page.audiPrivacy],
    checkedAt,
  },
  {
    id: '394939c1-70bd-42d9-881f-24d15e3610e2',
    vendor: 'AUDI',
    vendorType: 'vehicle',
    brand: 'Audi',
    domain: 'Account',
    access: 'Remote',
    agent: 'User',
    stage: 'service',
    unlocks: ['location'],
    portal: 'myAudi',
    performedBy: ['keyUser'],
    ownerMinutes: 5,
    links: links.audi,
    sources: [page.audiCarFinder, page.audiDk, page.audiKeyUser],
    checkedAt,
  },
  {
    id: '27c663b3-a141-4fe8-b6fc-00c0639ba165',
    vendor: 'AUDI',
    vendorType: 'vehicle',
    brand: 'Audi',
    domain: 'Account',
    access: 'Remote',
    agent: 'User',
    stage: 'service',
    unlocks: charging,
    portal: 'myAudi',
    performedBy: ['keyUser'],
    ownerMinutes: 5,
    links: links.audi,
    sources: [
      page.audiDk,
      page.audiKeyUser,
      {
        kind: 'maker',
        title: 'Audi e-tron Charging Service: highlights',
        url: 'https://e-tron.charging-service.audi/web/cs/audi-cz/highlights',
      },
    ],
    checkedAt,
  },
  {
    id: '5fea0c74-0128-4b74-a7b4-53fef332a7fa',
    vendor: 'AUDI',
    vendorType: 'vehicle',
    brand: 'Audi',
    domain: 'Account',
    access: 'Remote',
    agent: 'User',
    stage: 'service',
    unlocks: ['smartCharging'],
    portal: 'myAudi',
    performedBy: ['keyUser'],
    ownerMinutes: 5,
    links: links.audi,
    sources: [
      {
        kind: 'manual',
        title: "Audi RS Q8 owner's manual: charging timers",
        url: 'https://www.mycarusermanual.com/audi/rs-q8/suv/2020-2026/high-voltage-system--charging-equipment',
      },
      page.audiDk,
      page.audiKeyUser,
    ],
    checkedAt,
  },
  {
    id: '94b650dc-ec11-4558-930c-27bb09a42efc',
    vendor: 'SKODA',
    vendorType: 'vehicle',
    brand: 'ŠKODA',
    domain: 'Device',
    access: 'Physical',
    // Over the air the primary user installs it; only cars still on ME2.x go to a dealer first.
    agent: 'User',
    stage: 'update',
    // "Charging" read as the start and stop commands.
    unlocks: ['startCharging', 'stopCharging', 'smartCharging'],
    portal: 'MyŠkoda',
    performedBy: ['primaryUser', 'dealer'],
    ownerMinutes: 15,
    // Updates arrive in batches and the install keeps the car parked; ŠKODA publishes no figure.
    waitMinutes: null,
    links: links.skoda,
    sources: [
      page.skodaOtaDe,
      {
        kind: 'maker',
        title: 'ŠKODA Norway: over-the-air update restrictions',
        url: 'https://www.skoda-auto.no/elbiler/programvareoppdateringer-begrensninger',
      },
      {
        kind: 'maker',
        title: 'ŠKODA Finland: software update questions',
        url: 'https://skoda.fi/sahkoautot-ja-hybridit/software-update-faq',
      },
      {
        kind: 'maker',
        title: 'ŠKODA Slovakia: software updates and where they are installed',
        url: 'https://www.skoda-auto.sk/emobilita/aktualizacia-softveru',
      },
      {
        kind: 'press',
        title: 'autoevolution: ŠKODA prepares the Enyaq iV for updates with ME3',
        url: 'https://www.autoevolution.com/news/skoda-prepares-the-enyaq-iv-for-ota-updates-with-me3-software-196012.html',
      },
    ],
    checkedAt,
  },
  {
    id: '88511fef-9e94-4a7b-a1bc-926b06c0e455',
    vendor: 'SKODA',
    vendorType: 'vehicle',
    brand: 'ŠKODA',
    domain: 'Account',
    // Both settings that decide it are made in the car.
    access: 'Physical',
    agent: 'User',
    stage: 'service',
    unlocks: ['location'],
    portal: 'MyŠkoda',
    performedBy: ['driver'],
    ownerMinutes: 5,
    links: links.skoda,
    sources: [
      {
        kind: 'manual',
        title: "ŠKODA Octavia IV owner's manual: protection of personal data",
        url: 'https://manualshive.com/ru/manual/skoda/octavia-iv-2020/1288985?page=98',
      },
      {
        kind: 'manual',
        title: "ŠKODA Kodiaq owner's manual: user management",
        url: 'https://www.mycarusermanual.com/skoda/kodiaq/suv/2024-2026/online-services--user-management',
      },
      {
        kind: 'manual',
        title: "ŠKODA Fabia owner's manual: management of online services",
        url: 'https://www.mycarusermanual.com/skoda/fabia/4-door/2021-2026/onlineservices--management-of-online-services',
      },
      page.skodaOtaDe,
    ],
    checkedAt,
  },
];
