import type { GuidanceModule } from '../types.js';

/**
 * The bundled en-US guidance, by intervention id. Menu paths and button labels are written as
 * the maker's English documentation writes them; where a maker publishes no path, the step says
 * what is known and sends the owner to the maker rather than guess one.
 */
export const guidanceEnUS: GuidanceModule = {
  '06197b76-966e-414a-b174-7a00cde49f30': {
    title: 'Activate FordPass Connect',
    description:
      'FordPass Connect is the modem built into your Ford. Until you activate it in the FordPass app and confirm in the car, the car sends only basic maintenance data and cannot be reached remotely.',
    preconditions: [
      'Your car has a built-in FordPass Connect modem.',
      'The car is listed under My Vehicles in the FordPass app.',
      'Your phone and the car both have good mobile signal.',
    ],
    steps: [
      { text: 'Open the FordPass app and select your car.', place: 'app' },
      {
        text: 'Tap Activate Vehicle, then tap the Activate icon.',
        detail: 'In newer versions of the app, the button is called Connect to Vehicle.',
        place: 'app',
      },
      {
        text: 'Start the car and leave it running in Park, out in the open.',
        detail: 'Accessory mode is not enough. Open space helps the car get a good signal.',
        place: 'vehicle',
      },
      {
        text: 'Press Allow when the prompt appears on the SYNC screen.',
        detail: 'The prompt can take up to 10 minutes to appear.',
        place: 'vehicle',
      },
      {
        text: 'Check that the remote commands now show in the app.',
        detail:
          'If the app goes back to Activate Vehicle after 90 seconds, try again. After three failed tries, contact Ford from Account > Help in the app.',
        place: 'app',
      },
    ],
    successSign: 'Lock, unlock and remote start show in the FordPass app and respond.',
    waiting: 'The prompt in the car can take up to 10 minutes to appear.',
    alternatives: [
      {
        case: 'otherUser',
        text: 'If the app says the car is already activated, or asks you to request access, someone else activated it. Ask them to invite you by email from their FordPass app.',
      },
      {
        case: 'usedCar',
        text: 'Bought the car used? Remove the previous owners first: with the car running in Park, open the settings on the SYNC screen, choose Reset, then FordPass Connect Reset. Then activate the car again.',
      },
    ],
  },
  '0defa374-8a1a-4eb1-a85f-b7cb09501097': {
    title: 'Complete your Volkswagen profile',
    description:
      'Your Volkswagen ID is the one login for all Volkswagen apps and services. Its profile must be complete before any online service can be ordered or used for your car.',
    preconditions: [
      'You are of legal age.',
      'You know the email address and password of your Volkswagen ID, or are ready to create one.',
    ],
    steps: [
      {
        text: 'Sign in to myVolkswagen in a web browser.',
        detail:
          'No Volkswagen ID yet? Choose Login or register. You can also create one in the Volkswagen app, but the menus below are those of the website.',
        place: 'web',
      },
      {
        text: 'Open your profile: Profile & settings > Volkswagen ID > Adapt data.',
        place: 'web',
      },
      {
        text: 'Fill in the missing details, such as your name, address and phone number, and save.',
        place: 'web',
      },
      {
        text: 'Open Privacy settings and consents and accept any terms that are still open.',
        place: 'web',
      },
    ],
    successSign:
      'The Volkswagen app and the service order no longer say your profile is incomplete.',
  },
  '644d2a0f-6774-489b-b57d-07cf00261467': {
    title: 'Activate Car-Net online service in vehicle',
    description:
      'Car-Net is what Volkswagen calls its online services in North America; elsewhere they are We Connect or VW Connect. They must be activated for your car before it shares any data.',
    preconditions: [
      'You have a Volkswagen ID.',
      'You have the vehicle identification number (VIN) of your car at hand.',
    ],
    steps: [
      {
        text: 'Open the Volkswagen app and sign in with your Volkswagen ID.',
        detail: 'In North America, use the myVW app instead and follow its enrolment.',
        place: 'app',
      },
      {
        text: 'Add your car by its VIN and follow the instructions in the app.',
        detail:
          'Is another car already in the app? Add this one with the car symbol with the plus sign in the vehicle overview.',
        place: 'app',
      },
      {
        text: 'Choose an S-PIN when the app asks for one.',
        detail: 'Use four digits that are not all the same and not a simple run such as 1234.',
        place: 'app',
      },
      {
        text: 'Outside North America, become the primary user of the car.',
        detail:
          'In the car: System settings > Connect to VW Connect, then scan the QR code with the app. Only the primary user can activate the services.',
        place: 'vehicle',
      },
      {
        text: 'In the car, make sure it is online.',
        detail:
          'ID. models: Privacy settings > Vehicle/Usage data on. Other models: leave offline mode in the privacy settings. Do not reset the infotainment to factory settings: that removes the car from your account.',
        place: 'vehicle',
      },
    ],
    successSign: 'The app shows the status of your car, such as its mileage or charge level.',
    alternatives: [
      {
        case: 'otherRegion',
        text: 'In North America the app is myVW and the services are called Car-Net. Many of them need a paid Car-Net plan once the trial ends; emergency and roadside calls work without one.',
      },
    ],
  },
  'd88a46e9-fc8b-4f71-ae50-b8610f4faead': {
    title: 'Become a primary user',
    description:
      'The primary user is the keeper or main driver of the car, and only they can order and switch on online services. You register as primary user in the car, using the Volkswagen app.',
    preconditions: [
      'You have a Volkswagen ID and the Volkswagen app on your phone.',
      'You are the keeper or long-term driver of the car, for example its lessee.',
      'You have a key to the car.',
    ],
    steps: [
      {
        text: 'Sit in the car and switch on the ignition and the infotainment.',
        place: 'vehicle',
      },
      {
        text: 'On the infotainment, tap System settings > Connect to VW Connect.',
        detail: 'On older systems, look under User or Manage users instead.',
        place: 'vehicle',
      },
      { text: 'Scan the QR code on the screen with the Volkswagen app.', place: 'app' },
      {
        text: 'Confirm in the app to become the primary user.',
        detail: 'If someone else was primary user before, they lose the role and are told so.',
        place: 'app',
      },
      {
        text: 'If the app asks for Volkswagen Ident, tap Start and follow the screens.',
        detail:
          'Have your ID document ready. The check is only needed for security-relevant services, and an authorised Volkswagen repairer can also do it in person.',
        place: 'app',
      },
    ],
    successSign:
      'The Volkswagen app lists you as the primary user, and the online services of the car are on.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'On a used car, the infotainment shows whether someone is still the primary user. Registering yourself removes them; you can also delete them there.',
      },
      {
        case: 'olderCar',
        text: 'Early ID.3 cars first need proof of ownership and identity at a Volkswagen service partner. After that visit, the infotainment offers to connect to We Connect and shows the QR code.',
      },
    ],
  },
  'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9': {
    title: 'Subscribe to We Connect Services',
    description:
      'Volkswagen sells its online services as a contract of their own, separate from your Volkswagen ID: We Connect or VW Connect, depending on the car. Without an active licence, the car shares no data.',
    preconditions: [
      'You are the primary user of the car: only the primary user can order services.',
      'Your car is added to your Volkswagen ID.',
    ],
    steps: [
      { text: 'Open the Volkswagen app or myVolkswagen and sign in.', place: 'app' },
      {
        text: 'Select your car and check which services are active and when they end.',
        place: 'app',
      },
      {
        text: 'Order the package offered for your car: We Connect or VW Connect, with Plus if you want it.',
        detail: 'Register within 90 days of handover to keep the whole free period of Plus.',
        place: 'app',
      },
      {
        text: 'To extend an expired licence, buy it in the Volkswagen Connect Shop.',
        detail:
          'You can also buy it in the In-Car Shop on the infotainment. Enter a voucher from a Volkswagen partner as a code at payment.',
        place: 'web',
      },
    ],
    successSign: 'Each service of your car shows an end date in the future.',
    alternatives: [
      {
        case: 'otherRegion',
        text: 'In North America the services are called Car-Net and are ordered in the myVW app.',
      },
    ],
  },
  'b9acf87e-d7c8-426b-80a7-c925b5b90d6f': {
    title: 'Update vehicle to ID Software Update 3.0',
    description:
      'ID. Software 3.0 is a free software update for Volkswagen ID. models. Your car needs it, or any later version, before charging can be scheduled from outside the car.',
    preconditions: [
      'Your car does not run ID. Software 3.0 or later yet: if it does, there is nothing to do.',
      'The car is online: Privacy settings > Vehicle/Usage data is on.',
      'You can leave the car parked for several hours: it cannot be driven while the update installs.',
    ],
    steps: [
      {
        text: 'Drive as usual while the update downloads in the background.',
        detail: 'The download is free of charge and can take several drives.',
        place: 'vehicle',
      },
      {
        text: 'When the car says the update is ready, park it and switch it off to install it.',
        detail: 'The car cannot be started while the update installs.',
        place: 'vehicle',
      },
      {
        text: 'When the installation ends, confirm with the OK button on the steering wheel.',
        place: 'vehicle',
      },
      {
        text: 'If no update is offered, or you declined it too often, book a workshop visit.',
        detail: 'It can take a full day.',
        place: 'dealer',
      },
    ],
    successSign: 'The car reports that the update has been installed.',
    waiting:
      'The download runs over several drives, and the install keeps the car parked for what can be hours. Volkswagen publishes no duration.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'ID. cars from the first two years needed a workshop visit, with new software and a new 12-volt battery, before they could take updates over the air. Book one with a Volkswagen service partner; it can take a full day.',
      },
    ],
  },
  '9e9af174-03ad-4448-9092-b2988b10cdb0': {
    title: 'Enable the "Parking Position" online service',
    description:
      'Parking Position is the Volkswagen online service that shows where your car is parked. The car must share its location, and the service must be on, before its position can be read.',
    preconditions: [
      'Your car is in your Volkswagen account and its online services are active.',
      'The people who use the car agree to its location being shared.',
    ],
    steps: [
      {
        text: 'In the car, open the privacy settings and turn on Send location data.',
        detail:
          'On ID. models: HOME > Privacy settings. Each user of the car sets this for themselves.',
        place: 'vehicle',
      },
      {
        text: 'If the service was switched off, switch it back on.',
        detail:
          'In the Volkswagen app, or in the car under Privacy settings and services. If it shows as expired, renew its licence first.',
        place: 'app',
      },
      {
        text: 'Park and switch off the car, then look for its position in the Volkswagen app.',
        place: 'app',
      },
    ],
    successSign: 'After you next switch the car off, its parked position shows in the app.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'Models other than ID. have privacy modes instead: choose Share my position. Every other mode keeps the position out of the app.',
      },
    ],
  },
  '3e861d64-9c00-4c97-9475-a1b4a9881e79': {
    title: 'Enable the "Charging" online service',
    description:
      'Charging is the Volkswagen online service that reports the charge level and starts and stops charging from outside the car. Volkswagen does not document where it is switched on, so these steps check what is known.',
    preconditions: [
      'You are the primary user of the car, or can ask them.',
      'Your car is in your Volkswagen account and its online services are active.',
    ],
    steps: [
      {
        text: 'Make sure the car is online.',
        detail:
          'ID. models: Privacy settings > Vehicle/Usage data on. Offline mode stops every online service.',
        place: 'vehicle',
      },
      {
        text: 'In the Volkswagen app, select your car and check its services and their end dates.',
        detail:
          'If the licence has run out, the primary user can renew it in the Volkswagen Connect Shop.',
        place: 'app',
      },
      {
        text: 'If charging still does not show, ask Volkswagen customer service or a service partner.',
        detail:
          'A user may have switched the service off. Volkswagen does not publish where it is switched back on.',
        place: 'dealer',
      },
    ],
    successSign: 'The charge level of your car shows in the Volkswagen app.',
  },
  '4099b5db-b050-40df-a1bb-e3633bf14d1f': {
    title: 'Enable the "Departure times" online service',
    description:
      'Departure times is the Volkswagen online service for timed charging, so the car is ready when you leave. Volkswagen does not document where it is switched on, so these steps check what is known.',
    preconditions: [
      'You are the primary user of the car, or can ask them.',
      'Your car is in your Volkswagen account and its online services are active.',
    ],
    steps: [
      {
        text: 'Make sure the car is online.',
        detail:
          'ID. models: Privacy settings > Vehicle/Usage data on. Offline mode stops every online service.',
        place: 'vehicle',
      },
      {
        text: 'In the Volkswagen app, select your car and check its services and their end dates.',
        detail:
          'If the licence has run out, the primary user can renew it in the Volkswagen Connect Shop.',
        place: 'app',
      },
      {
        text: 'If departure times still cannot be set in the app, ask Volkswagen customer service or a service partner.',
        detail:
          'Timers set in the car itself, such as those in the e-Manager of an e-Golf, are not this online service.',
        place: 'dealer',
      },
    ],
    successSign: 'Departure times can be set and changed in the Volkswagen app.',
  },
  '392fef50-5468-47a0-aa51-0a1b23966585': {
    title: 'Enable GPS Positioning in vehicle',
    description:
      'Your BMW lets you choose, service by service, which data it sends. When location data is switched off in its data privacy settings, the car cannot share its position.',
    preconditions: [
      'For the steps in the car: it stands still with iDrive on, since the setting cannot be changed while driving.',
    ],
    steps: [
      {
        text: 'Check the data privacy settings in the My BMW app first.',
        detail: 'BMW lets you change them in the app too, which may spare you a trip to the car.',
        place: 'app',
      },
      {
        text: 'In the parked car, open the Data privacy settings.',
        detail:
          'iDrive 7: CAR > Settings > General settings > Data privacy. iDrive 8: Apps menu > Vehicle > System settings > Data privacy. iDrive 8.5 and 9: Apps menu > All > Data privacy.',
        place: 'vehicle',
      },
      {
        text: 'Choose the setting that allows data transfer for location-based services.',
        detail:
          'BMW does not name the entry; it differs between models. Do not delete personal data here: that removes the car from the My BMW app.',
        place: 'vehicle',
      },
      { text: 'Check in the My BMW app that your car now shows its position.', place: 'app' },
    ],
    successSign: 'The My BMW app shows where your car is.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'On iDrive 6 and older, the path is in the owner’s manual of your car, under data privacy.',
      },
    ],
  },
  '4802fd2c-4369-4914-a625-c3885d594cf8': {
    title: 'Subscription to SEAT Connect',
    description:
      'SEAT CONNECT is the set of online services that links your SEAT to the My SEAT App. It must be active before the car shares any data; it is free for a period after delivery.',
    preconditions: [
      'You have a SEAT user account, or are ready to create one.',
      'You have the VIN of your car and both of its keys at hand.',
    ],
    steps: [
      {
        text: 'Open the My SEAT App and create an account or sign in.',
        detail: 'You can also use my.seat in a web browser.',
        place: 'app',
      },
      {
        text: 'Add your car with its VIN, and accept the terms of use and the privacy policy.',
        place: 'app',
      },
      {
        text: 'Activate SEAT CONNECT for your car.',
        detail:
          'When the free period ends, services are bought in the app or in the InCar Store on the infotainment.',
        place: 'app',
      },
      {
        text: 'In the car, become the main user: HOME > User management > Become a main user.',
        detail:
          'With the ignition and infotainment on, press unlock on one key and then on the other. You may be asked to create an S-PIN.',
        place: 'vehicle',
      },
      {
        text: 'If the app shows a pairing code instead, enter it in the SEAT CONNECT settings of the car.',
        place: 'vehicle',
      },
    ],
    successSign: 'Your car shows in the My SEAT App with its status.',
    alternatives: [
      {
        case: 'otherModel',
        text: 'Mii electric: activate SEAT CONNECT at my.seat only; the steps in the car do not apply.',
      },
      {
        case: 'otherModel',
        text: 'CUPRA cars use the My CUPRA App and CUPRA CONNECT instead.',
      },
    ],
  },
  '4245f5e6-e806-4de4-bb65-8673adecea83': {
    title: 'Link vehicle to account',
    description:
      'Your Renault shares data only once it is linked to your My Renault account with its connected services activated. The car itself must also be allowed to share data.',
    preconditions: [
      'You have a My Renault account.',
      'If the car had a previous owner, they have deleted it from their My Renault account.',
      'The car is standing still: the setup in the car only runs while parked.',
    ],
    steps: [
      {
        text: 'Open the My Renault app and sign in.',
        detail: 'You can also use renault-connect.renault.com in a web browser.',
        place: 'app',
      },
      {
        text: 'Add your car to your account and activate its connected services.',
        detail: 'Choose a My Renault PIN when asked: it protects the connected services.',
        place: 'app',
      },
      {
        text: 'In the car, allow data sharing.',
        detail:
          'openR link: in the setup, choose Accept all, or Customise and keep My Renault on. Easy Link: press Connection, then Activate.',
        place: 'vehicle',
      },
      {
        text: 'Choose ON when the car asks about data collection at start-up.',
        detail: 'Choosing OFF suspends the connected services.',
        place: 'vehicle',
      },
      {
        text: 'Allow time for the activation to finish.',
        detail: 'It can take up to 72 hours, and Connection is unavailable in the meantime.',
        place: 'vehicle',
      },
    ],
    successSign:
      'Connection is available again in the car, and the My Renault app shows the battery level.',
    waiting: 'The activation can take up to 72 hours after your part.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'The car stays linked to the previous owner until they delete it in their My Renault app and reset the multimedia system. If they cannot, ask a Renault dealer.',
      },
    ],
  },
  '9ee6519c-c173-11ec-9d64-0242ac120002': {
    title: 'Activate Porsche Connect Services',
    description:
      'Porsche Connect services let the My Porsche app reach your car. They must be activated for your car, and the car must be logged in to your Porsche ID.',
    preconditions: [
      'You have a Porsche ID, or the activation email to create one.',
      'The car has a data connection.',
    ],
    steps: [
      {
        text: 'Open the activation email from Porsche and choose Continue to activation.',
        detail:
          'You can also sign in to My Porsche with an existing Porsche ID. No email? Check your spam folder or ask your Porsche partner.',
        place: 'web',
      },
      {
        text: 'Activate Porsche Connect for your car and check your billing name and address.',
        detail: 'Some models ask you to choose a four-digit security code.',
        place: 'web',
      },
      {
        text: 'In the car, turn off Privacy Mode and make sure the car is online.',
        detail:
          'Older PCM: Private mode, under SET > Porsche Connect. Some models need Wi-Fi, a phone hotspot or a SIM card, set under Settings > Device Manager > Data.',
        place: 'vehicle',
      },
      {
        text: 'Log in to the car with your Porsche ID.',
        detail:
          'Most models: your email and password, and on some the security code. Others ask for the pairing code shown in the My Porsche app. Older PCM: APPS > Options > Porsche ID settings > Link new Porsche ID.',
        place: 'vehicle',
      },
    ],
    successSign:
      'The Porsche ID symbol shows at the top of the PCM screen, and the My Porsche app shows the status of your car.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'No activation email, for example because you bought the car used? Ask a Porsche partner. Services bought for the car stay with it when it is sold.',
      },
    ],
  },
  'c88c2df3-9d75-46d0-8334-0e5b424bc237': {
    title: 'Define & activate vehicle in Mercedes me',
    description:
      'Your Mercedes-Benz must be linked to your Mercedes me ID, with its connect services activated, before it shares any data.',
    preconditions: [
      'You have a Mercedes me ID.',
      'You have the VIN of your car at hand.',
      'Mercedes me connect is offered in your country.',
    ],
    steps: [
      {
        text: 'Open the Mercedes-Benz app (formerly Mercedes me) and sign in with your Mercedes me ID.',
        place: 'app',
      },
      {
        text: 'Link your car to your account with its VIN.',
        detail:
          'If the app asks you to confirm in the car, follow its instructions: Mercedes-Benz does not publish that step.',
        place: 'app',
      },
      {
        text: 'In the Mercedes-Benz Store, activate the connect services offered for your car.',
        detail:
          'They are called Digital Extras. Expired ones can be extended there too: in the app, on the web or in the car.',
        place: 'app',
      },
      {
        text: 'If no services are offered, ask a Mercedes-Benz workshop to check the emergency call system.',
        detail: 'Connect services do not work while it is deactivated.',
        place: 'dealer',
      },
    ],
    successSign: 'The Mercedes-Benz app shows the status of your car and its remote functions.',
  },
  'c8a9fe78-44fd-482a-bebc-ef6047e6c0fe': {
    title: 'Enable Mobile Access in vehicle',
    description:
      'Mobile Access is the setting in your Tesla that lets apps reach the car over the internet. While it is off, the charge level and other data of the car cannot be read.',
    preconditions: [
      'You can sign in to the Tesla account the car belongs to.',
      'The car and your phone are both online, by mobile data or Wi-Fi.',
    ],
    steps: [
      { text: 'Install the Tesla app and sign in with your Tesla account.', place: 'app' },
      {
        text: 'On the touchscreen in the car, tap Controls > Safety.',
        detail: 'On older software: Controls > Safety & Security.',
        place: 'vehicle',
      },
      { text: 'Turn on Allow Mobile Access.', place: 'vehicle' },
      {
        text: 'Check in the Tesla app that the car responds.',
        detail:
          'If the energy app still cannot send commands, it may ask you to add its virtual key in the Tesla app.',
        place: 'app',
      },
    ],
    successSign: 'The Tesla app shows the charge level of the car and can lock and unlock it.',
  },
  'faea347c-1274-4764-90df-75102f40a454': {
    title: 'Audi Complete Setup',
    description:
      'Audi connect services need a verified myAudi account with your car in it, and you set as the key user of the car. The key user automatically gets remote access.',
    preconditions: [
      'You have a myAudi account, or are ready to create one with your date and place of birth.',
      'Nobody else is set as key user of the car.',
      'For the key-user step, the car is parked outdoors with good GPS and mobile signal.',
      'For older cars, the vehicle code from the key tag is at hand.',
    ],
    steps: [
      {
        text: 'Open the myAudi app, sign in or create an account, and add your car.',
        place: 'app',
      },
      {
        text: 'Verify your account with the 6-digit code Audi sends you.',
        detail:
          'It usually comes by text message; if you chose email, check your junk folder. You can also verify by video call or at an Audi service partner, but then some services stay locked until that is done.',
        place: 'app',
      },
      {
        text: 'Choose a 4-digit S-PIN when asked.',
        detail: 'Remote functions ask for it.',
        place: 'app',
      },
      {
        text: 'In the car, with the ignition on, set yourself as key user.',
        detail:
          'Newer cars: follow the instructions in the myAudi app. Older MMI: MENU > Audi connect, press the right control button, then Audi connect user management > Primary user > Set primary user, and enter your myAudi user name and the 10-character vehicle code.',
        place: 'vehicle',
      },
    ],
    successSign: 'The myAudi app shows you as the key user of your car.',
    alternatives: [
      {
        case: 'usedCar',
        text: 'If someone else is key user, remove them in the car, with the ignition on and a key inside: USERS > settings > Remove key user. This also removes every other user of the car.',
      },
    ],
  },
  '52ec645f-7d29-4d21-be3c-6bb5e7c5f351': {
    title: 'Audi share GPS position in vehicle',
    description:
      'The privacy settings of your Audi decide whether it shares its position. In maximum privacy, or with position sharing off, the location of the car cannot be shown.',
    preconditions: ['You are in the car with the ignition on.'],
    steps: [
      {
        text: 'On the MMI home screen, open SETTINGS > Privacy.',
        detail: 'Tap the privacy symbol in the status bar to see what the current setting means.',
        place: 'vehicle',
      },
      {
        text: 'Leave maximum privacy and allow the car to share its position.',
        detail:
          'Audi does not publish the name of the option. A car kept in maximum privacy also misses security updates.',
        place: 'vehicle',
      },
      {
        text: 'Switch off the car, then check in the myAudi app that its parked position shows.',
        detail: 'The car sends its position when the ignition goes off.',
        place: 'app',
      },
    ],
    successSign: 'After you switch the car off, the myAudi app shows where it is parked.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'Older MMI with a MENU button keeps its privacy settings in the Audi connect menu; the owner’s manual of your car gives the path.',
      },
    ],
  },
  'a084d982-0667-4da5-ac2c-8e77e53eb86c': {
    title: 'Audi enable access to personal data in vehicle',
    description:
      'The privacy settings of your Audi can stop it sending personal data. While they do, services that rely on your myAudi account cannot read the data of the car.',
    preconditions: [
      'You are in the car with the ignition on.',
      'You are signed in on the MMI as a myAudi user, not as a local user or guest.',
    ],
    steps: [
      {
        text: 'Switch on the ignition and check that you are signed in as your myAudi user.',
        detail:
          'Local users and guests cannot use myAudi services. If your profile has a PIN, enter your myAudi PIN.',
        place: 'vehicle',
      },
      { text: 'On the MMI home screen, open SETTINGS > Privacy.', place: 'vehicle' },
      {
        text: 'Allow the car to transmit personal data.',
        detail:
          'The option is named differently between models. Destinations saved in the car meanwhile then sync to myAudi: delete them first to keep them in the car only.',
        place: 'vehicle',
      },
    ],
    successSign: 'The myAudi app shows the data of your car, such as its mileage.',
  },
  'adc1ef01-afde-404f-a255-bd487185cc28': {
    title: 'Update vehicle software package to 3669',
    description:
      'Software package 3669 is an update for your Audi that charging control depends on. Audi publishes nothing about it, so an Audi service partner is the one to ask.',
    preconditions: ['You have the VIN of your car at hand.'],
    steps: [
      {
        text: 'Ask an Audi service partner whether software package 3669, or a later one, is available for your car.',
        detail: 'Give them your VIN, and ask whether it comes over the air or needs a visit.',
        place: 'dealer',
      },
      {
        text: 'Until then, keep the car online and out of maximum privacy, so it can receive updates.',
        detail: 'On the MMI home screen: SETTINGS > Privacy.',
        place: 'vehicle',
      },
    ],
    successSign: 'The service partner confirms that your car runs software package 3669 or later.',
    waiting:
      'Until a service partner has installed the package, or the car has received it. Audi publishes no duration.',
  },
  '394939c1-70bd-42d9-881f-24d15e3610e2': {
    title: 'Enable the "Car finder" connect service',
    description:
      'Car Finder is the Audi connect service that shows where your car is parked. It needs a key user and a valid licence, and the car must be allowed to share its position.',
    preconditions: [
      'Your Audi setup is complete and you are the key user of the car.',
      'The car is not in maximum privacy.',
    ],
    steps: [
      { text: 'Open the myAudi app and select your car.', place: 'app' },
      {
        text: 'Check that Car Finder is among the services of your car and that its licence is valid.',
        detail: 'If it has expired, renew it in myAudi: it works from the next start of the car.',
        place: 'app',
      },
      {
        text: 'Switch off the car: it sends its parked position when the ignition goes off.',
        detail:
          'If the car is moved without the ignition on, for example towed, its new position is unknown.',
        place: 'vehicle',
      },
    ],
    successSign: 'After you switch the car off, myAudi shows where it is parked.',
  },
  '27c663b3-a141-4fe8-b6fc-00c0639ba165': {
    title: 'Enable the "Remote Charging" connect service',
    description:
      'Remote Charging is the Audi connect service for checking the charge level and starting or stopping charging from outside the car. It needs a key user and a valid licence.',
    preconditions: ['Your Audi setup is complete and you are the key user of the car.'],
    steps: [
      { text: 'Open the myAudi app and select your car.', place: 'app' },
      {
        text: 'Check that remote charging is among the services of your car and that its licence is valid.',
        detail:
          'This is not the e-tron Charging Service for public charging, which is a separate contract. Newer models may name the service differently.',
        place: 'app',
      },
      {
        text: 'If the licence has expired, renew it in myAudi.',
        detail: 'A renewed service works from the next time you start the car.',
        place: 'app',
      },
    ],
    successSign: 'myAudi shows the charge level, and charging starts and stops from the app.',
  },
  '5fea0c74-0128-4b74-a7b4-53fef332a7fa': {
    title: 'Enable the "Automation" connect service',
    description:
      'Automation here means the Audi connect service behind charging timers. Audi shows no service of that name, so look for the charging timers instead.',
    preconditions: ['Your Audi setup is complete and you are the key user of the car.'],
    steps: [
      { text: 'Open the myAudi app and select your car.', place: 'app' },
      {
        text: 'Check that the charging timers are among the services of your car and licensed.',
        place: 'app',
      },
      {
        text: 'If the licence has expired, renew it in myAudi.',
        detail: 'A renewed service works from the next time you start the car.',
        place: 'app',
      },
    ],
    successSign: 'Charging timers can be set in myAudi and reach the car.',
    alternatives: [
      {
        case: 'otherModel',
        text: 'Plug-in hybrids also have timers in the car: CAR > Charging & efficiency > Charging. They only take effect while timer charging mode is active.',
      },
    ],
  },
  '94b650dc-ec11-4558-930c-27bb09a42efc': {
    title: 'Update vehicle to software package ME3.1',
    description:
      'ME3.1 is a software package for your ŠKODA that charging control depends on. Cars on ME3.0 receive it over the air once they meet a few conditions.',
    preconditions: [
      'The car runs ME3.0 already: a car still on ME2.x gets ME3 only at a ŠKODA service partner.',
      'Online mode is on in the car.',
      'The high-voltage battery is at least 50 % charged, and the car is not charging.',
      'The car is parked with mobile coverage, not in an underground garage.',
    ],
    steps: [
      {
        text: 'Make sure you are the primary user of the car.',
        detail:
          'The car must show in your MyŠkoda app, and you under Menu > Users in the car. If not, add its VIN in Garage in the MyŠkoda app and follow the steps.',
        place: 'app',
      },
      {
        text: 'In the car, check that online mode is on under Menu > Users > Settings.',
        detail: 'With the car running, the light on the SOS module in the roof console is green.',
        place: 'vehicle',
      },
      {
        text: 'Switch off the car and look for the update notice on the Goodbye screen.',
        detail: 'Updates reach cars in batches, so it may take a while. Cancel postpones it.',
        place: 'vehicle',
      },
      {
        text: 'Press Install, then get out and lock the car within 10 minutes.',
        detail:
          'The car cannot be driven during the install. If you unlock it, lock it again within 2 minutes, or the update will not finish.',
        place: 'vehicle',
      },
      {
        text: 'If you were charging at a public charger, start charging again after the update.',
        detail: 'A home wallbox carries on by itself.',
        place: 'vehicle',
      },
      {
        text: 'If the update is not offered, ask a ŠKODA service partner.',
        place: 'dealer',
      },
    ],
    successSign:
      'After the install, the infotainment shows the release notes under More information.',
    waiting:
      'Updates reach cars in batches, and the install keeps the car parked. ŠKODA publishes no duration.',
    alternatives: [
      {
        case: 'olderCar',
        text: 'A car still on ME2.x, such as an early Enyaq, needs its ME3 update at a ŠKODA service partner; the visit takes several hours. After that, updates come over the air.',
      },
    ],
  },
  '88511fef-9e94-4a7b-a1bc-926b06c0e455': {
    title: 'Enable the "Parking Position" service',
    description:
      'Parking Position is the ŠKODA online service that shows where your car is parked. The car shares its position only when its privacy level allows it and the service is switched on.',
    preconditions: [
      'Your car is in your MyŠkoda app and its online services are active.',
      'You are in the car with the infotainment on.',
    ],
    steps: [
      {
        text: 'In the car, set the privacy level to Share my location.',
        detail:
          'User management > Set-up > Privacy and service management. Every other level keeps the position out of the app.',
        place: 'vehicle',
      },
      {
        text: 'In the list of online services, tick the parking position service.',
        detail:
          'ŠKODA Connect (Online Services) > Privacy and services. The list also shows when each licence ends.',
        place: 'vehicle',
      },
      {
        text: 'Switch off the car, then check that the MyŠkoda app shows where it is parked.',
        place: 'app',
      },
    ],
    successSign: 'After you next switch the car off, MyŠkoda shows its last parking position.',
    alternatives: [
      {
        case: 'otherModel',
        text: 'Enyaq and Elroq: the privacy settings are under Menu > Users > Settings. Turn on online mode and location sharing there; ŠKODA does not publish the names of the levels.',
      },
    ],
  },
};
