package dev.kabinet.account.appeals;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AppealsProperties.class)
class AppealsConfiguration {}
