/**
 * Building blocks every module may use: user-facing exceptions with translatable messages, the message
 * catalogue, the clock, the JSON error format of the API and small UI helpers. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package pk.gov.mashwara.shared;
