package dev.kabinet.payment.system;

import dev.kabinet.payment.acquirer.web.SberbankProperties;
import dev.kabinet.payment.payments.PaymentSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings of card payments and of the acquiring bank's gateway (docs/adr/0022). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PaymentSettings.class, SberbankProperties.class})
class PaymentConfiguration {}
