using Amazon.CDK;
using Amazon.CDK.AWS.Cognito;
using Amazon.CDK.AwsApigatewayv2Authorizers;
using Constructs;

namespace Arena.Infra.Hosting;

/// <summary>
/// Where customers sign in: a Cognito user pool (self sign-up with the email address as user name, confirmed by a
/// mailed code; the password policy the local user pool applies too) and a client for the pages, which sign in with
/// USER_PASSWORD_AUTH and send the access token; routes with customer authorization accept only its tokens.
/// </summary>
public sealed class CustomerSignIn : Construct
{
    public CustomerSignIn(Construct scope, string id)
        : base(scope, id)
    {
        Pool = new UserPool(this, "Pool", new UserPoolProps
        {
            UserPoolName = Stack.Of(this).StackName + "-customers",
            SelfSignUpEnabled = true,
            SignInAliases = new SignInAliases { Email = true },
            AutoVerify = new AutoVerifiedAttrs { Email = true },
            AccountRecovery = AccountRecovery.EMAIL_ONLY,
            PasswordPolicy = new PasswordPolicy
            {
                MinLength = 8, RequireLowercase = true, RequireUppercase = true, RequireDigits = true, RequireSymbols = true,
                TempPasswordValidity = Duration.Days(3),
            },
        });
        Client = Pool.AddClient("Pages", new UserPoolClientOptions
        {
            GenerateSecret = false,
            AuthFlows = new AuthFlow { UserPassword = true },
            // An unknown address is answered as a wrong password: the pool does not say who has an account.
            PreventUserExistenceErrors = true,
            AccessTokenValidity = Duration.Hours(1),
            IdTokenValidity = Duration.Hours(1),
            RefreshTokenValidity = Duration.Days(30),
        });
        Authorizer = new HttpUserPoolAuthorizer("Customers", Pool, new HttpUserPoolAuthorizerProps { UserPoolClients = [Client] });
        NagSuppressions.Add(Pool, "AwsSolutions-COG2",
            "MFA is not required of customers, whose accounts hold only their own orders, visits and chat; turn it on (Mfa.REQUIRED or OPTIONAL with TOTP) where accounts hold more.");
        NagSuppressions.Add(Pool, "AwsSolutions-COG8",
            "The pool keeps Cognito's default feature plan: the Plus plan's threat protection is billed per monthly active user; choose it where sign-in abuse is a risk.");

        _ = new CfnOutput(Stack.Of(this), "UserPoolId", new CfnOutputProps { Description = "Customers' user pool", Value = Pool.UserPoolId });
        _ = new CfnOutput(Stack.Of(this), "UserPoolClientId", new CfnOutputProps { Description = "The pages' client of the customers' user pool", Value = Client.UserPoolClientId });
    }

    public UserPool Pool { get; }

    public UserPoolClient Client { get; }

    /// <summary>The HTTP API authorizer of routes with customer authorization.</summary>
    public HttpUserPoolAuthorizer Authorizer { get; }

    /// <summary>What the pages call to sign in: the Cognito user pools API of the stack's region, and their client.</summary>
    public PageUserPool ForPages => new($"https://cognito-idp.{Stack.Of(this).Region}.{Stack.Of(this).UrlSuffix}/", Client.UserPoolClientId);
}
