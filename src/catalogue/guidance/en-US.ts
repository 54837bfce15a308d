import type { GuidanceModule } from '../types.js';

/**
 * The bundled en-US guidance, by intervention id. Menu paths and button labels are written as
 * the car shows them; where a maker publishes no path, the step stays general on purpose.
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
        text: 'Check that remote commands now show under Vehicle Controls in the app.',
        detail:
          'If the app goes back to Activate Vehicle after 90 seconds, try again. After three failed tries, contact Ford from Account > Help in the app.',
        place: 'app',
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
        text: 'Sign in to myVolkswagen in a web browser, or to the Volkswagen app.',
        detail: 'No Volkswagen ID yet? Choose Login or register to create one.',
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
  },
  '644d2a0f-6774-489b-b57d-07cf00261467': {
    title: 'Activate Car-Net online service in vehicle',
    description:
      'Car-Net is the package of Volkswagen online services for your car, known as We Connect or VW Connect in some countries. It must be switched on for your car before the car shares any data.',
    preconditions: [
      'You have a Volkswagen ID.',
      'You have the vehicle identification number (VIN) of your car at hand.',
    ],
    steps: [
      {
        text: 'Open the Volkswagen app and sign in with your Volkswagen ID.',
        detail: 'In North America, the app is called myVW.',
        place: 'app',
      },
      {
        text: 'Add your car: in the vehicle overview, tap the car symbol with the plus sign.',
        detail: 'Type or scan the VIN, then confirm.',
        place: 'app',
      },
      {
        text: 'Choose an S-PIN when the app asks for one.',
        detail: 'Use four digits that are not all the same and not a simple run such as 1234.',
        place: 'app',
      },
      { text: 'Follow the instructions in the app to activate the online services.', place: 'app' },
      {
        text: 'In the car, make sure online services are switched on and offline mode is off.',
        detail:
          'Do not reset the infotainment to factory settings: that removes the car from your account.',
        place: 'vehicle',
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
  },
  'e8d1b66d-9e41-4a1e-8cab-d9f6da40adb9': {
    title: 'Subscribe to We Connect Services',
    description:
      'We Connect, now called VW Connect, needs its own contract with Volkswagen, separate from your Volkswagen ID. Without an active licence, the car shares no data.',
    preconditions: ['You have a Volkswagen ID.', 'Your car is added to your account.'],
    steps: [
      { text: 'Open the Volkswagen app or myVolkswagen and sign in.', place: 'app' },
      {
        text: 'Select your car and check which services are active and when they end.',
        place: 'app',
      },
      {
        text: 'Take out the We Connect or VW Connect contract, adding Plus if you want it.',
        detail: 'Register within 90 days of handover to keep the whole free period.',
        place: 'app',
      },
      {
        text: 'To extend an expired licence, buy it in the Volkswagen Connect Shop.',
        detail:
          'You can also buy it in the In-Car Shop on the infotainment. Enter a voucher from a Volkswagen partner as a code at payment.',
        place: 'web',
      },
    ],
  },
  'b9acf87e-d7c8-426b-80a7-c925b5b90d6f': {
    title: 'Update vehicle to ID Software Update 3.0',
    description:
      'ID. Software 3.0 is a free software update for Volkswagen ID. models. Your car needs it before charging can be scheduled from outside the car.',
    preconditions: [
      'Online mode is switched on in the car.',
      'The privacy settings in the car allow data transfer.',
    ],
    steps: [
      { text: 'Switch the car to online mode in its privacy settings.', place: 'vehicle' },
      {
        text: 'Drive as usual while the update downloads in the background.',
        detail: 'The download is free of charge.',
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
        text: 'If the update is never offered, or was declined too often, book a workshop visit.',
        place: 'dealer',
      },
    ],
  },
  '9e9af174-03ad-4448-9092-b2988b10cdb0': {
    title: 'Enable the "Parking Position" online service',
    description:
      'Parking Position is the Volkswagen online service that shows where your car is parked. The service must be switched on, and the car must share its location, before its position can be read.',
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
      { text: 'Open the Volkswagen app and select your car.', place: 'app' },
      {
        text: 'Find Parking Position in the list of services and switch it on.',
        detail: 'If the service shows as expired, renew its licence first.',
        place: 'app',
      },
    ],
  },
  '3e861d64-9c00-4c97-9475-a1b4a9881e79': {
    title: 'Enable the "Charging" online service',
    description:
      'Charging is the Volkswagen online service that reports the charge level and lets you start and stop charging from outside the car. It must be switched on and licensed for your car.',
    preconditions: [
      'Your car is in your Volkswagen account and its online services are active.',
      'The car is in online mode.',
    ],
    steps: [
      {
        text: 'Make sure the car is not in offline mode.',
        detail: 'Offline mode stops every online service.',
        place: 'vehicle',
      },
      { text: 'Open the Volkswagen app and select your car.', place: 'app' },
      {
        text: 'Find Charging in the list of services and switch it on.',
        detail: 'If the service shows as expired, renew its licence first.',
        place: 'app',
      },
    ],
  },
  '4099b5db-b050-40df-a1bb-e3633bf14d1f': {
    title: 'Enable the "Departure times" online service',
    description:
      'Departure times is the Volkswagen online service for timed charging, so the car is ready when you leave. It must be switched on and licensed before charging can be scheduled.',
    preconditions: [
      'Your car is in your Volkswagen account and its online services are active.',
      'The car is in online mode.',
    ],
    steps: [
      {
        text: 'Make sure the car is not in offline mode.',
        detail: 'Offline mode stops every online service.',
        place: 'vehicle',
      },
      { text: 'Open the Volkswagen app and select your car.', place: 'app' },
      {
        text: 'Find Departure times in the list of services and switch it on.',
        detail: 'If the service shows as expired, renew its licence first.',
        place: 'app',
      },
    ],
  },
  '392fef50-5468-47a0-aa51-0a1b23966585': {
    title: 'Enable GPS Positioning in vehicle',
    description:
      'Your BMW lets you choose, service by service, which data it sends. When location data is switched off in its data privacy settings, the car cannot share its position.',
    preconditions: [
      'The car is standing still: this setting cannot be changed while driving.',
      'You are in the car with iDrive switched on.',
    ],
    steps: [
      {
        text: 'Park the car and switch on iDrive.',
        place: 'vehicle',
      },
      {
        text: 'Open the Data privacy settings.',
        detail:
          'iDrive 7: CAR > Settings > General settings > Data privacy. iDrive 8: Apps menu > Vehicle > System settings > Data privacy. iDrive 8.5 and 9: Apps menu > All > Data privacy.',
        place: 'vehicle',
      },
      {
        text: 'Allow the car to send its location.',
        detail:
          'The entry is named differently between models. Do not delete personal data here: that removes the car from the My BMW app.',
        place: 'vehicle',
      },
      { text: 'Check in the My BMW app that your car now shows its position.', place: 'app' },
    ],
  },
  '4802fd2c-4369-4914-a625-c3885d594cf8': {
    title: 'Subscription to SEAT Connect',
    description:
      'SEAT CONNECT is the set of online services that links your SEAT to the My SEAT App. The car needs an active SEAT CONNECT subscription before it shares any data.',
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
        detail: 'Services can also be bought in the InCar Store on the infotainment.',
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
  },
  '4245f5e6-e806-4de4-bb65-8673adecea83': {
    title: 'Link vehicle to account',
    description:
      'Your Renault shares data only once it is linked to your My Renault account with its connected services activated. The car itself must also be allowed to share data.',
    preconditions: [
      'You have a My Renault account.',
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
      { text: 'Open the My Porsche app and find the pairing code for your car.', place: 'app' },
      {
        text: 'In the car, turn off Privacy Mode and make sure the car is online.',
        detail:
          'Some models need Wi-Fi, a phone hotspot or a SIM card, set under Settings > Device Manager > Data.',
        place: 'vehicle',
      },
      {
        text: 'Log in to your Porsche ID in the car and enter the pairing code.',
        detail: 'On older PCM systems: APPS > Options > Porsche ID settings > Link new Porsche ID.',
        place: 'vehicle',
      },
    ],
  },
  'c88c2df3-9d75-46d0-8334-0e5b424bc237': {
    title: 'Define & activate vehicle in Mercedes me',
    description:
      'Your Mercedes-Benz must be added to your Mercedes me ID, with its connect services activated, before it shares any data.',
    preconditions: [
      'You have a Mercedes me ID.',
      'You have the VIN of your car at hand.',
      'Mercedes me connect is offered in your country.',
    ],
    steps: [
      { text: 'Open the Mercedes me app and sign in with your Mercedes me ID.', place: 'app' },
      {
        text: 'Link your car to your account by entering its details, such as the VIN.',
        place: 'app',
      },
      {
        text: 'Open the Mercedes me Store and activate the connect services for your car.',
        detail: 'Expired services can be extended or bought there too.',
        place: 'app',
      },
      {
        text: 'If no services are offered, ask a Mercedes-Benz workshop to check the emergency call system.',
        detail: 'Connect services do not work while it is deactivated.',
        place: 'dealer',
      },
    ],
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
      { text: 'On the touchscreen in the car, tap Controls > Safety.', place: 'vehicle' },
      { text: 'Turn on Allow Mobile Access.', place: 'vehicle' },
      { text: 'Check in the Tesla app that the car responds.', place: 'app' },
    ],
  },
  'faea347c-1274-4764-90df-75102f40a454': {
    title: 'Audi Complete Setup',
    description:
      'Audi connect services need a verified myAudi account with your car in it, and you set as the key user of the car. The key user automatically gets remote access.',
    preconditions: [
      'You have a myAudi account, or are ready to create one.',
      'Nobody else is set as key user of the car.',
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
          'You can also verify by video call with customer service, or at an Audi service partner, but then some services stay locked until your visit. Check your junk folder if the code does not arrive.',
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
          'The option is named differently between models. A car kept in maximum privacy also misses security updates.',
        place: 'vehicle',
      },
      {
        text: 'Switch off the car, then check in the myAudi app that its parked position shows.',
        detail: 'The car sends its position when the ignition goes off.',
        place: 'app',
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
        text: 'Allow the car to send personal data.',
        detail:
          'Destinations saved in the car meanwhile will then sync to myAudi. Delete them first if you want to keep them in the car only.',
        place: 'vehicle',
      },
    ],
  },
  'adc1ef01-afde-404f-a255-bd487185cc28': {
    title: 'Update vehicle software package to 3669',
    description:
      'Software package 3669 is an update for your Audi. The car needs it before charging can be controlled from outside the car.',
    preconditions: ['The car is online and not in maximum privacy.'],
    steps: [
      {
        text: 'Make sure the car is online and not in maximum privacy.',
        detail: 'On the MMI home screen: SETTINGS > Privacy.',
        place: 'vehicle',
      },
      {
        text: 'If the car offers the update, follow the instructions on its screen to install it.',
        place: 'vehicle',
      },
      {
        text: 'If the update is not offered, ask an Audi service partner to install it.',
        place: 'dealer',
      },
    ],
  },
  '394939c1-70bd-42d9-881f-24d15e3610e2': {
    title: 'Enable the "Car finder" connect service',
    description:
      'Car finder is the Audi connect service that shows where your car is parked. It needs a key user and an active licence, and the car must be allowed to share its position.',
    preconditions: [
      'Your Audi setup is complete and you are the key user of the car.',
      'The car is not in maximum privacy.',
    ],
    steps: [
      { text: 'Open the myAudi app and select your car.', place: 'app' },
      {
        text: 'Find Car finder among the services of your car and switch it on.',
        detail: 'If its licence has expired, renew it in myAudi.',
        place: 'app',
      },
      {
        text: 'Switch off the car: it sends its parked position when the ignition goes off.',
        detail:
          'If the car is moved without the ignition on, for example towed, its new position is unknown.',
        place: 'vehicle',
      },
    ],
  },
  '27c663b3-a141-4fe8-b6fc-00c0639ba165': {
    title: 'Enable the "Remote Charging" connect service',
    description:
      'Remote Charging is the Audi connect service for checking the charge level and starting or stopping charging from outside the car. It needs a key user and an active licence.',
    preconditions: ['Your Audi setup is complete and you are the key user of the car.'],
    steps: [
      { text: 'Open the myAudi app and select your car.', place: 'app' },
      {
        text: 'Find Remote Charging among the services of your car and switch it on.',
        detail:
          'This is not the e-tron Charging Service for public charging, which is a separate contract.',
        place: 'app',
      },
      {
        text: 'If the licence has expired, renew it in myAudi.',
        detail: 'A renewed service works from the next time you start the car.',
        place: 'app',
      },
    ],
  },
  '5fea0c74-0128-4b74-a7b4-53fef332a7fa': {
    title: 'Enable the "Automation" connect service',
    description:
      'Automation is the Audi connect service behind charging timers. It must be switched on, with an active licence, before charging can be scheduled.',
    preconditions: ['Your Audi setup is complete and you are the key user of the car.'],
    steps: [
      { text: 'Open the myAudi app and select your car.', place: 'app' },
      { text: 'Find Automation among the services of your car and switch it on.', place: 'app' },
      {
        text: 'If the licence has expired, renew it in myAudi.',
        detail: 'A renewed service works from the next time you start the car.',
        place: 'app',
      },
    ],
  },
  '94b650dc-ec11-4558-930c-27bb09a42efc': {
    title: 'Update vehicle to software package ME3.1',
    description:
      'ME3.1 is a software package for your ŠKODA that charging control depends on. It installs over the air once the car meets a few conditions.',
    preconditions: [
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
          'User management > Set-up > Privacy and service management. On the Enyaq: Menu > Users > Settings. Every other level keeps the position out of the app.',
        place: 'vehicle',
      },
      {
        text: 'In the list of online services, tick the parking position service.',
        detail:
          'ŠKODA Connect (Online Services) > Privacy and services. The list also shows when each licence ends.',
        place: 'vehicle',
      },
      {
        text: 'Open the MyŠkoda app and check that it shows where your car is parked.',
        place: 'app',
      },
    ],
  },
};
