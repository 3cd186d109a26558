package dev.kabinet.metering.readings;

/** How a reading reached the utility (MT-3 shows it): the portal, an office, a controller's visit, a payment. */
public enum Channel {
    PORTAL,
    OFFICE,
    CONTROLLER,
    PAYMENT,
    BACK_OFFICE
}
